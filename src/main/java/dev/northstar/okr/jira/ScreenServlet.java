package dev.northstar.okr.jira;

import dev.northstar.okr.host.Access;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.host.Templates;
import dev.northstar.okr.ui.Screen;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * One of the app's pages: anonymous people go to Jira's login and come back; others get the screen rendered with
 * its web resources, inside Jira's decorator (the template's meta "decorator" names it), or 403 when the screen is
 * not theirs to see. Pages only read: every change goes through the REST API, which checks XSRF.
 */
abstract class ScreenServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Access access;
    private final transient Templates templates;
    private final transient JiraWebPages pages;
    private final String webResource;

    ScreenServlet(Access access, Templates templates, JiraWebPages pages, String webResource) {
        this.access = access;
        this.templates = templates;
        this.pages = pages;
        this.webResource = webResource;
    }

    abstract Optional<Screen> screen(Caller caller, HttpServletRequest request);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> caller = access.caller();
        if (caller.isEmpty()) {
            response.sendRedirect(pages.loginUri(returnTo(request)).toString());
            return;
        }
        Optional<Screen> screen = screen(caller.get(), request);
        if (screen.isEmpty()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        pages.require(webResource);
        String html = templates.render(screen.get().template(), screen.get().context());
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html);
    }

    /** This page's address (path and query), to come back to after logging in. */
    static URI returnTo(HttpServletRequest request) {
        String query = request.getQueryString();
        try {
            return URI.create(request.getRequestURI() + (query == null ? "" : "?" + query));
        } catch (IllegalArgumentException garbled) {
            return URI.create(request.getRequestURI());
        }
    }

    /** A whole number parameter, or null when it is missing or not a number. */
    static Long number(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null || !value.trim().matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(value.trim());
    }

    static String text(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
