package dev.northstar.okr.ui;

import dev.northstar.okr.cycle.StoredCycle;
import dev.northstar.okr.domain.Cycle;
import dev.northstar.okr.domain.Weight;
import dev.northstar.okr.objective.ObjectiveSettings;
import dev.northstar.okr.testing.JiraFixture.Role;
import org.junit.Test;

import java.util.Locale;

import static dev.northstar.okr.ui.HtmlAssert.before;
import static dev.northstar.okr.ui.HtmlAssert.contains;
import static dev.northstar.okr.ui.HtmlAssert.escapedOnce;
import static dev.northstar.okr.ui.HtmlAssert.lacks;
import static dev.northstar.okr.ui.ScreensWorld.HOSTILE;
import static dev.northstar.okr.ui.ScreensWorld.at;

/**
 * The Objective panel's settings form (cycle, commitment, owner, weight), rendered by real Velocity from its real view
 * model: filled with what is stored, offered to the objective's editors only, the others told why.
 */
public class ObjectiveSettingsFormTest {
    private final ScreensWorld world = new ScreensWorld().standard();

    private String panel(String key) {
        return world.render(world.screens.objectivePanel(world.caller(), key));
    }

    private StoredCycle cycle(String name, String start, String end, String project) {
        return world.store.cycles.create(new Cycle(name, at(start), at(end)), project);
    }

    private void close(StoredCycle cycle) {
        world.store.cycles.change(cycle.id(), c -> new StoredCycle(c.id(), c.cycle(), c.projectKey(), at("2015-08-01")));
    }

    @Test
    public void shouldOfferItsEditorsTheStoredSettingsSavedThroughTheRestApi() {
        world.store.objectives.save(new ObjectiveSettings("AC-1", world.cycle.id(), true, Weight.of(2.5), "Web team"));
        String html = panel("AC-1");
        contains(html, "<h4 class=\"okr-subheading\">Objective settings</h4>",
                "data-okr-put=\"/jira/rest/northstar-okr/1.0/objectives/AC-1/settings\"",
                "<option value=\"" + world.cycle.id() + "\" selected=\"selected\">2015 Q3 (Jul 1, 2015 to Sep 30, 2015)"
                        + "</option>",
                "<option value=\"true\" selected=\"selected\">Committed</option>",
                "<option value=\"false\">Aspirational</option>",
                "name=\"owner\" maxlength=\"255\" value=\"Web team\"", "name=\"weight\" value=\"2.5\"",
                "Objectives aligned to this one always count in its progress",
                "data-okr-error-for=\"cycleId\"", "data-okr-error-for=\"weight\"", "data-okr-error-for=\"owner\"",
                // configured: closed until the person opens it
                "aria-expanded=\"false\"", "class=\"okr-settings-body\" hidden>");
        lacks(html, "okr-settings-locked", "Choose a cycle");
    }

    @Test
    public void shouldOfferTheOpenCyclesOfItsProjectAndOfAllProjectsOnly() {
        StoredCycle global = cycle("2015 H2", "2015-07-01", "2016-01-01", null);
        StoredCycle other = cycle("Other team Q3", "2015-07-01", "2015-10-01", "BB");
        StoredCycle closed = cycle("2015 Q2", "2015-04-01", "2015-07-01", "AC");
        close(closed);
        String html = panel("AC-1");
        contains(html, "<option value=\"" + global.id() + "\">2015 H2 (Jul 1, 2015 to Dec 31, 2015)</option>");
        lacks(html, "Other team Q3", "value=\"" + other.id() + "\"", "2015 Q2");
        lacks(html, "okr-no-cycles");
    }

    @Test
    public void shouldKeepItsOwnClosedCycleInTheListMarkedClosed() {
        StoredCycle closed = cycle("2015 Q2", "2015-04-01", "2015-07-01", "AC");
        close(closed);
        world.store.objectives.save(new ObjectiveSettings("AC-1", closed.id(), false, Weight.ONE, "Web team"));
        String html = panel("AC-1");
        contains(html, "<option value=\"" + closed.id() + "\" selected=\"selected\">2015 Q2 (closed)</option>",
                "<option value=\"" + world.cycle.id() + "\">2015 Q3");
        before(html, "2015 Q2 (closed)", "2015 Q3 (Jul 1");
    }

    @Test
    public void shouldOfferToKeepACycleTheEditorMayNotSeeWithoutNamingIt() {
        world.jira.restrict("SECRET");
        StoredCycle secret = cycle("Secret plan", "2015-07-01", "2015-10-01", "SECRET");
        world.store.objectives.save(new ObjectiveSettings("AC-1", secret.id(), false, Weight.ONE, ""));
        String html = panel("AC-1");
        contains(html, "<option value=\"\" selected=\"selected\">Keep its current cycle (one you cannot see)</option>");
        lacks(html, "Secret plan", "value=\"" + secret.id() + "\"");
    }

    @Test
    public void shouldOpenTheFormOfAnObjectiveNotYetInACycleUnderTheMessageThatSaysSo() {
        world.issues.objective("AC-40");
        String html = panel("AC-40");
        contains(html, "This objective is not placed in a cycle yet.",
                "<option value=\"\" selected=\"selected\">Choose a cycle</option>",
                "<option value=\"" + world.cycle.id() + "\">2015 Q3", "<option value=\"false\" selected=\"selected\">",
                "name=\"weight\" value=\"1\"", "name=\"owner\" maxlength=\"255\" value=\"\"",
                "aria-expanded=\"true\"", "class=\"okr-settings-body\">");
    }

    @Test
    public void shouldSayWhenNoOpenCycleCanTakeIt() {
        close(world.cycle);
        world.issues.objective("AC-40");
        contains(panel("AC-40"), "okr-no-cycles",
                "No open cycle can take this objective yet: an administrator of project AC, or a Jira administrator,"
                        + " creates one.");
    }

    @Test
    public void shouldTellThoseWhoMayNotEditWhyThereIsNoFormInBothLanguages() {
        world.jira.as(Role.VIEWER);
        String html = panel("AC-1");
        contains(html, "okr-settings-locked",
                "Only people who may edit AC-1 can change its cycle, commitment, owner and weight.");
        lacks(html, "okr-objective-settings-form", "data-okr-put", "okr-objective-settings-toggle");
        world.jira.speaking(Locale.KOREAN);
        contains(panel("AC-1"), "AC-1\uc744(\ub97c) \ud3b8\uc9d1\ud560 \uc218 \uc788\ub294 \uc0ac\ub78c\ub9cc");
    }

    @Test
    public void shouldLabelTheFormInKorean() {
        world.jira.speaking(Locale.KOREAN);
        contains(panel("AC-1"), "\ubaa9\ud45c \uc124\uc815", "\ud655\uc815\ud615", "\ub3c4\uc804\ud615",
                "2015 Q3 (2015. 7. 1. ~ 2015. 9. 30.)");
    }

    @Test
    public void shouldEscapeTheOwnerAndCycleNamesExactlyOnce() {
        world.store.objectives.save(new ObjectiveSettings("AC-1", world.cycle.id(), false, Weight.ONE, HOSTILE));
        cycle(HOSTILE, "2015-07-01", "2015-10-01", "AC");
        escapedOnce(panel("AC-1"), 3);
    }
}
