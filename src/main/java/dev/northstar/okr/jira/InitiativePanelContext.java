package dev.northstar.okr.jira;

import dev.northstar.okr.host.Access;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.ui.Screen;
import dev.northstar.okr.ui.Screens;

import java.util.Optional;

/** The view model of the small panel on an initiative (an epic or any issue driving a key result). */
public class InitiativePanelContext extends IssuePanelContext {
    private final Screens screens;

    public InitiativePanelContext(Screens screens, Access access, JiraWebPages pages) {
        super(access, pages, "okr-initiative-panel-resources");
        this.screens = screens;
    }

    @Override
    Optional<Screen> screen(Caller caller, String issueKey) {
        return screens.initiativePanel(caller, issueKey);
    }
}
