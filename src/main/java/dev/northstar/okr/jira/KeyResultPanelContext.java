package dev.northstar.okr.jira;

import dev.northstar.okr.host.Access;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.ui.Screen;
import dev.northstar.okr.ui.Screens;

import java.util.Optional;

/** The view model of the panel on a Key Result issue. */
public class KeyResultPanelContext extends IssuePanelContext {
    private final Screens screens;

    public KeyResultPanelContext(Screens screens, Access access, JiraWebPages pages) {
        super(access, pages, "okr-keyresult-panel-resources");
        this.screens = screens;
    }

    @Override
    Optional<Screen> screen(Caller caller, String issueKey) {
        return screens.keyResultPanel(caller, issueKey);
    }
}
