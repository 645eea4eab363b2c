package dev.northstar.okr.ui;

import dev.northstar.okr.domain.CheckIn;
import dev.northstar.okr.testing.JiraFixture.Role;
import org.junit.Test;

import java.util.Locale;

import static dev.northstar.okr.ui.ScreensWorld.ESCAPED;
import static dev.northstar.okr.ui.ScreensWorld.HOSTILE;
import static dev.northstar.okr.ui.ScreensWorld.at;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The Key Result panel rendered by real Velocity from its real view model, over the read service. */
public class KeyResultPanelTest {
    private final ScreensWorld world = new ScreensWorld().standard();

    private String panel() {
        return world.render(world.screens.keyResultPanel(world.caller(), "AC-2"));
    }

    @Test
    public void shouldShowTheFigureTheFormulaAndThePace() {
        String html = panel();
        assertTrue(html, html.contains("75%"));
        assertTrue(html, html.contains("3 of 4 issues done"));
        assertTrue(html, html.contains("done issues / issues in scope"));
        assertTrue(html, html.contains("aui-lozenge-success"));
    }
}
