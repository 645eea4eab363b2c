package dev.northstar.okr.jira;

import dev.northstar.okr.host.Access;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.host.Templates;
import dev.northstar.okr.ui.Screen;
import dev.northstar.okr.ui.Screens;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/** The OKR overview page: {@code /plugins/servlet/northstar-okr/overview?cycleId=&project=&owner=}. */
public class OverviewServlet extends ScreenServlet {
    private static final long serialVersionUID = 1L;

    private final transient Screens screens;

    public OverviewServlet(Screens screens, Access access, Templates templates, JiraWebPages pages) {
        super(access, templates, pages, "okr-overview-resources");
        this.screens = screens;
    }

    @Override
    Optional<Screen> screen(Caller caller, HttpServletRequest request) {
        return Optional.of(screens.overviewPage(caller, number(request, "cycleId"), text(request, "project"),
                text(request, "owner")));
    }
}
