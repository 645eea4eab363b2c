package dev.northstar.okr.jira;

import dev.northstar.okr.host.Access;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.host.Templates;
import dev.northstar.okr.ui.Screen;
import dev.northstar.okr.ui.Screens;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/**
 * The grading page of a cycle: {@code /plugins/servlet/northstar-okr/grading?cycleId=}, for anyone who may see the
 * cycle; each objective and key result gets its form for the people who may edit it.
 */
public class GradingServlet extends ScreenServlet {
    private static final long serialVersionUID = 1L;

    private final transient Screens screens;

    public GradingServlet(Screens screens, Access access, Templates templates, JiraWebPages pages) {
        super(access, templates, pages, "okr-grading-resources");
        this.screens = screens;
    }

    @Override
    Optional<Screen> screen(Caller caller, HttpServletRequest request) {
        return Optional.of(screens.gradingPage(caller, number(request, "cycleId")));
    }
}
