package dev.northstar.okr.jira;

import dev.northstar.okr.host.Access;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.ui.Screen;
import dev.northstar.okr.ui.Screens;

import java.util.Optional;

/** The view model of the panel on an Objective issue. */
public class ObjectivePanelContext extends IssuePanelContext {
    private final Screens screens;

    public ObjectivePanelContext(Screens screens, Access access, JiraWebPages pages) {
        super(access, pages, "okr-objective-panel-resources");
        this.screens = screens;
    }

    @Override
    Optional<Screen> screen(Caller caller, String issueKey) {
        return screens.objectivePanel(caller, issueKey);
    }
}
