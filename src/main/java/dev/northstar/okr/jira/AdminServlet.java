package dev.northstar.okr.jira;

import dev.northstar.okr.host.Access;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.host.Templates;
import dev.northstar.okr.ui.Screen;
import dev.northstar.okr.ui.Screens;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/** The admin configuration page, {@code /plugins/servlet/northstar-okr/admin}: Jira administrators only (403). */
public class AdminServlet extends ScreenServlet {
    private static final long serialVersionUID = 1L;

    private final transient Screens screens;

    public AdminServlet(Screens screens, Access access, Templates templates, JiraWebPages pages) {
        super(access, templates, pages, "okr-admin-resources");
        this.screens = screens;
    }

    @Override
    Optional<Screen> screen(Caller caller, HttpServletRequest request) {
        return screens.adminPage(caller);
    }
}
