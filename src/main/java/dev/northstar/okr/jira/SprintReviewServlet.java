package dev.northstar.okr.jira;

import dev.northstar.okr.host.Access;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.host.Templates;
import dev.northstar.okr.ui.Screen;
import dev.northstar.okr.ui.Screens;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/** The sprint OKR review page: {@code /plugins/servlet/northstar-okr/sprint-review?project=&boardId=&sprintId=}. */
public class SprintReviewServlet extends ScreenServlet {
    private static final long serialVersionUID = 1L;

    private final transient Screens screens;

    public SprintReviewServlet(Screens screens, Access access, Templates templates, JiraWebPages pages) {
        super(access, templates, pages, "okr-sprint-review-resources");
        this.screens = screens;
    }

    @Override
    Optional<Screen> screen(Caller caller, HttpServletRequest request) {
        return Optional.of(screens.sprintReviewPage(caller, text(request, "project"), number(request, "boardId"),
                number(request, "sprintId")));
    }
}
