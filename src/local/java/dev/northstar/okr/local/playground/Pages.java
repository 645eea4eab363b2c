package dev.northstar.okr.local.playground;

import dev.northstar.okr.local.simjira.DemoUser;
import dev.northstar.okr.local.simjira.JiraData;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.host.Templates;
import dev.northstar.okr.local.playground.PageViews.Words;
import dev.northstar.okr.ui.Screen;
import dev.northstar.okr.ui.Screens;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.northstar.okr.local.playground.PageExchange.number;
import static dev.northstar.okr.local.playground.PageExchange.send;
import static dev.northstar.okr.local.playground.PageExchange.setCookie;

/**
 * The playground's pages: every one carries the "preview outside Jira" banner, the user and language switches, AUI
 * and the app's web resources. The app's screens ({@link Screens}, rendered by {@link Templates}) appear on Jira's
 * addresses for them: issue panels on {@code /browse/KEY}, the OKR pages at their servlets' addresses
 * ({@value #PAGES}overview, sprint-review, cycles, grading, admin), whose full-page templates are decorated as Jira's decorators
 * would ({@link JiraDecorator}). Each page loads AUI and the web resources its screens require, as their context
 * providers and servlets require them in Jira.
 *
 * <p>The pages themselves are the Velocity templates under {@code templates/playground} ({@link PageTemplates}):
 * the methods below read what a page shows (from the simulated Jira, the app and the visit) into a view model
 * ({@link PageViews}), which the templates show.
 */
final class Pages implements HttpHandler {
    /** Where Jira serves the app's servlets (atlassian-plugin.xml's url-patterns under /plugins/servlet). */
    static final String PAGES = "/plugins/servlet/northstar-okr/";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Pages.class);
    private final PlaygroundComponents app;
    private final JiraData jira;
    private final String defaultUser;
    private final Screens screens;
    private final Templates templates;
    private final WebFiles files;
    private final PageTemplates pageTemplates;
    private final WebPanels webPanels;

    Pages(PlaygroundComponents app, JiraData jira, String dataset, String defaultUser, Screens screens,
          Templates templates, WebFiles files) {
        this.app = app;
        this.jira = jira;
        this.defaultUser = defaultUser;
        this.screens = screens;
        this.templates = templates;
        this.files = files;
        this.pageTemplates = new PageTemplates(files, dataset);
        this.webPanels = new WebPanels(app);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            Optional<WebFiles.File> file = files.file(path);
            if (file.isPresent()) {
                exchange.getResponseHeaders().add("Cache-Control", "max-age=300");
                send(exchange, 200, file.get().contentType(), file.get().bytes());
                return;
            }
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            Visit visit = Visit.choose(query.get("as"), cookie(exchange, Visit.USER_COOKIE), query.get("lang"),
                    cookie(exchange, Visit.LANGUAGE_COOKIE), defaultUser);
            // a choice made in the address is kept for the pages' own REST calls and later pages
            if (query.containsKey("as")) {
                setCookie(exchange, Visit.USER_COOKIE, visit.user() == null ? DemoUser.ANONYMOUS : visit.user().key());
            }
            if (query.containsKey("lang")) {
                setCookie(exchange, Visit.LANGUAGE_COOKIE, visit.locale().getLanguage());
            }
            Page page;
            try {
                page = visit.run(() -> page(path, query, visit));
            } catch (RuntimeException failure) {
                // as the REST API's error mapping does: logged with an incident id, never shown as a stack trace
                String incident = java.util.UUID.randomUUID().toString().substring(0, 8);
                LOG.error("Northstar OKR playground page {} failed, incident {}", path, incident, failure);
                page = visit.run(() -> message(500, new Words(visit.locale()), visit, "500",
                        "aui-message aui-message-error", app.texts().text("okr.error.internal", incident)));
            }
            send(exchange, page.status(), "text/html; charset=utf-8", page.html().getBytes(StandardCharsets.UTF_8));
        }
    }

    private record Page(int status, String html) {
    }

    private Page page(String path, Map<String, String> query, Visit visit) {
        Words words = new Words(visit.locale());
        if (path.equals("/") || path.equals("/index.html")) {
            String content = pageTemplates.render("start.vm", words, start(words));
            return new Page(200, pageTemplates.page(words, visit, words.get("title"), content, false, List.of()));
        }
        if (path.startsWith("/browse/")) {
            return issuePage(words, visit, path.substring("/browse/".length()));
        }
        if (PAGE_RESOURCES.containsKey(path.startsWith(PAGES) ? path.substring(PAGES.length()) : path)) {
            return screenPage(words, visit, path, query);
        }
        return message(404, words, visit, "404", "aui-message aui-message-error",
                app.texts().text("okr.error.http.404"));
    }

    // ------------------------------------------------------------------ what the pages show

    /** The web resource of each issue panel, for stand-in screens (the real panels require their own). */
    static final Map<String, String> PANEL_RESOURCES = Map.of(
            "okr-keyresult-panel", "okr-keyresult-panel-resources",
            "okr-objective-panel", "okr-objective-panel-resources",
            "okr-initiative-panel", "okr-initiative-panel-resources");

    /** The app's pages, by their servlet's address: the web resource each servlet requires inside Jira. */
    static final Map<String, String> PAGE_RESOURCES = Map.of(
            "overview", "okr-overview-resources",
            "sprint-review", "okr-sprint-review-resources",
            "admin", "okr-admin-resources",
            "cycles", "okr-cycles-resources",
            "grading", "okr-grading-resources");

    static final String LEFT = "atl.jira.view.issue.left.context";
    static final String RIGHT = "atl.jira.view.issue.right.context";

    /**
     * A panel's HTML for the issue, or empty when Jira leaves it out: as Jira renders web panels (the descriptor's
     * condition, context provider and Velocity resource, see {@link WebPanels}), or from the stand-in screens a test
     * gave the playground to see how pages treat them.
     */
    private Optional<String> panel(PluginDescriptor.WebPanel panel, Caller caller, String issueKey) {
        return screens == app.screens() ? webPanels.render(panel, issueKey)
                : standInPanel(panel.key(), caller, issueKey).map(this::render);
    }

    private Optional<Screen> standInPanel(String panelKey, Caller caller, String issueKey) {
        return switch (panelKey) {
            case "okr-keyresult-panel" -> screens.keyResultPanel(caller, issueKey);
            case "okr-objective-panel" -> screens.objectivePanel(caller, issueKey);
            case "okr-initiative-panel" -> screens.initiativePanel(caller, issueKey);
            default -> Optional.empty();
        };
    }

    /** The start page: where the screens are, the OKR issues the visitor may see (the rest counted), the REST API. */
    private PageViews.Start start(Words words) {
        String project = app.settingsService().current().enabledProjects().stream().findFirst().orElse("");
        List<String> keys = new ArrayList<>();
        for (String objective : jira.objectives()) {
            keys.add(objective);
            for (String kr : jira.keyResultsOf(objective)) {
                keys.add(kr);
                jira.initiativesOf(kr).stream().filter(i -> !keys.contains(i)).forEach(keys::add);
            }
        }
        List<PageViews.IssueItem> issues = new ArrayList<>();
        int hidden = 0;
        for (String key : keys) {
            if (!app.visible(key)) {
                hidden++;
                continue;
            }
            // an initiative the export lacks is left out: Jira could not link it
            jira.issue(key).ifPresent(i -> issues.add(new PageViews.IssueItem(key, i.typeName(), i.summary())));
        }
        return new PageViews.Start(java.net.URLEncoder.encode(project, StandardCharsets.UTF_8), issues,
                hidden > 0 ? words.format("issues.hidden", hidden) : null,
                List.of(Playground.REST + "/settings", Playground.REST + "/setup", Playground.REST + "/cycles"));
    }

    /**
     * An issue as Jira's issue view shows it: a few fields, its links, and the app's web panels in their columns
     * (left: key result and objective panels; right: the initiative panel) in the descriptor's order.
     */
    private Page issuePage(Words words, Visit visit, String key) {
        Optional<JiraData.Issue> found = jira.issue(key).filter(i -> app.visible(i.key()));
        if (found.isEmpty()) {
            return message(404, words, visit, key, "aui-message aui-message-error",
                    app.texts().text("okr.error.issueNotFound", key));
        }
        JiraData.Issue issue = found.get();
        List<PageViews.Panel> main = new ArrayList<>();
        List<PageViews.Panel> side = new ArrayList<>();
        java.util.Set<String> resources = new java.util.LinkedHashSet<>();
        Optional<Caller> caller = app.access().caller();
        List<PluginDescriptor.WebPanel> panels = new ArrayList<>(app.descriptor().webPanels());
        panels.sort(Comparator.comparingInt(PluginDescriptor.WebPanel::weight));
        app.jira().startPage();
        for (PluginDescriptor.WebPanel panel : panels) {
            Optional<String> html = caller.flatMap(c -> panel(panel, c, key));
            if (html.isEmpty()) {
                continue; // the panel's condition: Jira leaves the panel out
            }
            if (screens != app.screens()) {
                resources.add(PANEL_RESOURCES.get(panel.key()));
            }
            (panel.location().equals(RIGHT) ? side : main).add(new PageViews.Panel(panel.key(),
                    app.texts().text(panel.labelKey()), html.get()));
        }
        // the web resources the panels' context providers required from Jira's page builder
        app.jira().requiredWebResources().stream().map(r -> r.substring(r.indexOf(':') + 1)).forEach(resources::add);
        String project = jira.projects().getOrDefault(issue.projectKey(), issue.projectKey());
        PageViews.Issue shown = new PageViews.Issue(project, issue.key(), issue.summary(), issue.typeName(),
                issue.statusName(), issue.projectKey(), issue.securityLevel(), links(issue), main, side);
        return new Page(200, pageTemplates.page(words, visit, issue.key() + " " + issue.summary(),
                pageTemplates.render("issue.vm", words, shown), false, resources));
    }

    /** Jira's issue links section: the app's links to issues the visitor may see. */
    private List<PageViews.Link> links(JiraData.Issue issue) {
        List<String[]> links = new ArrayList<>();
        String key = issue.key();
        jira.objectiveOf(key).ifPresent(o -> links.add(new String[] {"measures", o}));
        jira.keyResultsOf(key).forEach(k -> links.add(new String[] {"is measured by", k}));
        jira.initiativesOf(key).forEach(i -> links.add(new String[] {"is driven by", i}));
        jira.keyResultsDrivenBy(key).forEach(k -> links.add(new String[] {"drives", k}));
        jira.parentOf(key).ifPresent(p -> links.add(new String[] {"aligns to", p}));
        jira.alignedTo(key).forEach(c -> links.add(new String[] {"has aligned", c}));
        return links.stream().filter(link -> app.visible(link[1])).map(link -> new PageViews.Link(link[0],
                link[1], jira.issue(link[1]).map(JiraData.Issue::summary).orElse(""))).toList();
    }

    private Page screenPage(Words words, Visit visit, String path, Map<String, String> query) {
        String page = path.substring(PAGES.length());
        String title = words.get(switch (page) {
            case "overview" -> "screen.overview";
            case "sprint-review" -> "screen.sprintReview";
            case "cycles" -> "screen.cycles";
            case "grading" -> "screen.grading";
            default -> "screen.admin";
        });
        Optional<Caller> caller = app.access().caller();
        if (caller.isEmpty()) {
            // Jira's servlets send anonymous visitors to the login page; the playground's login is the user switch
            return message(401, words, visit, title, "aui-message aui-message-info", words.get("loginRequired"));
        }
        // the parameters the app's servlets read
        Optional<Screen> screen = switch (page) {
            case "overview" -> Optional.of(screens.overviewPage(caller.get(), number(query.get("cycleId")),
                    query.get("project"), query.get("owner")));
            case "sprint-review" -> Optional.of(screens.sprintReviewPage(caller.get(), query.get("project"),
                    number(query.get("boardId")), number(query.get("sprintId"))));
            case "cycles" -> Optional.of(screens.cyclesPage(caller.get(), query.get("project")));
            case "grading" -> Optional.of(screens.gradingPage(caller.get(), number(query.get("cycleId"))));
            default -> screens.adminPage(caller.get());
        };
        if (screen.isEmpty()) {
            return message(403, words, visit, title, "aui-message", words.get("noScreen"));
        }
        JiraDecorator.Decorated decorated = JiraDecorator.decorate(render(screen.get()));
        // Jira's admin decorator puts the page into its own panel, beside the administration menu
        String body = "atl.admin".equals(decorated.decorator()) ? pageTemplates.render("admin-frame.vm", words,
                new PageViews.AdminFrame(decorated.body())) : decorated.body();
        return new Page(200, pageTemplates.page(words, visit, decorated.title() == null ? title : decorated.title(),
                body, decorated.page(), List.of(PAGE_RESOURCES.get(page))));
    }

    // ------------------------------------------------------------------ rendering

    /** An app screen, rendered by the app's templates: trusted HTML for the playground's pages. */
    private String render(Screen screen) {
        return templates.render(screen.template(), new HashMap<>(screen.context()));
    }

    private Page message(int status, Words words, Visit visit, String title, String cssClass, String text) {
        return new Page(status, pageTemplates.message(words, visit, title, cssClass, text));
    }

    // ------------------------------------------------------------------ plumbing

    // AgileApi reads the address and the cookies as the pages do, through these two

    static Map<String, String> query(String raw) {
        return PageExchange.query(raw);
    }

    static String cookie(HttpExchange exchange, String name) {
        return PageExchange.cookie(exchange, name);
    }
}
