package dev.northstar.okr.jira;

import dev.northstar.okr.host.Access;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.host.Templates;
import dev.northstar.okr.ui.Screen;
import dev.northstar.okr.ui.Screens;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/**
 * A project's cycles page: {@code /plugins/servlet/northstar-okr/cycles?project=}. Anyone who may browse the
 * project sees its cycles; its administrators (and Jira administrators) get the forms to manage them.
 */
public class CyclesServlet extends ScreenServlet {
    private static final long serialVersionUID = 1L;

    private final transient Screens screens;

    public CyclesServlet(Screens screens, Access access, Templates templates, JiraWebPages pages) {
        super(access, templates, pages, "okr-cycles-resources");
        this.screens = screens;
    }

    @Override
    Optional<Screen> screen(Caller caller, HttpServletRequest request) {
        return Optional.of(screens.cyclesPage(caller, text(request, "project")));
    }
}
