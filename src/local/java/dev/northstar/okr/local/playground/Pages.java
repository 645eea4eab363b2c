package dev.northstar.okr.local.playground;

import dev.northstar.okr.local.simjira.DemoUser;
import dev.northstar.okr.local.simjira.JiraData;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.host.Templates;
import dev.northstar.okr.ui.Screen;
import dev.northstar.okr.ui.Screens;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TreeSet;

/**
 * The playground's pages: every one carries the "preview outside Jira" banner, the user and language switches, AUI
 * and the app's web resources. The app's screens ({@link Screens}, rendered by {@link Templates}) appear on Jira's
 * addresses for them: issue panels on {@code /browse/KEY}, the OKR pages at their servlets' addresses
 * ({@value #PAGES}overview, sprint-review, admin), whose full-page templates are decorated as Jira's decorators
 * would (title and body taken into the page around them). Each page loads AUI and the web resources its screens
 * require, as their context providers and servlets require them in Jira.
 */
final class Pages implements HttpHandler {
    /** Where Jira serves the app's servlets (atlassian-plugin.xml's url-patterns under /plugins/servlet). */
    static final String PAGES = "/plugins/servlet/northstar-okr/";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Pages.class);
    private final PlaygroundComponents app;
    private final JiraData jira;
    private final String dataset;
    private final String defaultUser;
    private final Screens screens;
    private final Templates templates;
    private final WebFiles files;

    Pages(PlaygroundComponents app, JiraData jira, String dataset, String defaultUser, Screens screens,
          Templates templates, WebFiles files) {
        this.app = app;
        this.jira = jira;
        this.dataset = dataset;
        this.defaultUser = defaultUser;
        this.screens = screens;
        this.templates = templates;
        this.files = files;
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
                page = visit.run(() -> new Page(500, layout(new Words(visit.locale()), visit, "500",
                        "<div class=\"aui-message aui-message-error\">"
                                + esc(app.texts().text("okr.error.internal", incident)) + "</div>")));
            }
            send(exchange, page.status(), "text/html; charset=utf-8", page.html().getBytes(StandardCharsets.UTF_8));
        }
    }

    private record Page(int status, String html) {
    }

    private Page page(String path, Map<String, String> query, Visit visit) {
        Words words = new Words(visit.locale());
        if (path.equals("/") || path.equals("/index.html")) {
            return new Page(200, layout(words, visit, words.get("title"), start(words, visit)));
        }
        if (path.startsWith("/browse/")) {
            return issuePage(words, visit, path.substring("/browse/".length()));
        }
        if (path.equals(PAGES + "overview") || path.equals(PAGES + "sprint-review") || path.equals(PAGES + "admin")) {
            return screenPage(words, visit, path, query);
        }
        return new Page(404, layout(words, visit, "404", "<div class=\"aui-message aui-message-error\">"
                + esc(app.texts().text("okr.error.http.404")) + "</div>"));
    }

    // ------------------------------------------------------------------ pages

    /**
     * The app's issue panels, by the web panel's key in atlassian-plugin.xml: the screen each one shows and the web
     * resource its context provider requires inside Jira ({@code dev.northstar.okr.jira.*PanelContext}). Where and in
     * which order they show, and their headings, come from the descriptor.
     */
    static final Map<String, String> PANEL_RESOURCES = Map.of(
            "okr-keyresult-panel", "okr-keyresult-panel-resources",
            "okr-objective-panel", "okr-objective-panel-resources",
            "okr-initiative-panel", "okr-initiative-panel-resources");

    /** The app's pages, by their servlet's address: the web resource each servlet requires inside Jira. */
    static final Map<String, String> PAGE_RESOURCES = Map.of(
            "overview", "okr-overview-resources",
            "sprint-review", "okr-sprint-review-resources",
            "admin", "okr-admin-resources");

    static final String LEFT = "atl.jira.view.issue.left.context";
    static final String RIGHT = "atl.jira.view.issue.right.context";

    private Optional<Screen> panel(String panelKey, Caller caller, String issueKey) {
        return switch (panelKey) {
            case "okr-keyresult-panel" -> screens.keyResultPanel(caller, issueKey);
            case "okr-objective-panel" -> screens.objectivePanel(caller, issueKey);
            case "okr-initiative-panel" -> screens.initiativePanel(caller, issueKey);
            default -> Optional.empty();
        };
    }

    /** The start page: where the screens are, the OKR issues to open, the REST API. */
    private String start(Words words, Visit visit) {
        StringBuilder html = new StringBuilder("<h1>").append(esc(words.get("title"))).append("</h1><p class=\"intro\">")
                .append(esc(words.get("start.intro"))).append("</p>");
        String project = app.settingsService().current().enabledProjects().stream().findFirst().orElse("");
        html.append("<section class=\"okr-screens\"><h2>").append(esc(words.get("screens"))).append("</h2><ul>")
                .append("<li><a href=\"" + PAGES + "overview\">").append(esc(words.get("screen.overview")))
                .append("</a></li><li><a href=\"" + PAGES + "sprint-review?project=").append(esc(url(project)))
                .append("\">").append(esc(words.get("screen.sprintReview")))
                .append("</a></li><li><a href=\"" + PAGES + "admin\">").append(esc(words.get("screen.admin")))
                .append("</a></li></ul><p>").append(esc(words.get("screens.panels"))).append("</p></section>");
        html.append(issueList(words, visit));
        html.append("<section><h2>").append(esc(words.get("rest"))).append("</h2><ul>");
        for (String p : List.of("/settings", "/setup", "/cycles")) {
            html.append("<li><a href=\"").append(Playground.REST).append(p).append("\"><code>GET ")
                    .append(Playground.REST).append(p).append("</code></a></li>");
        }
        html.append("</ul></section>");
        return html.toString();
    }

    /** The OKR issues and initiatives the visitor may see, linked to their issue pages; the rest counted. */
    private String issueList(Words words, Visit visit) {
        List<String> keys = new ArrayList<>();
        for (String objective : jira.objectives()) {
            keys.add(objective);
            for (String kr : jira.keyResultsOf(objective)) {
                keys.add(kr);
                jira.initiativesOf(kr).stream().filter(i -> !keys.contains(i)).forEach(keys::add);
            }
        }
        StringBuilder html = new StringBuilder("<section><h2>").append(esc(words.get("issues")))
                .append("</h2><ul class=\"okr-issues\">");
        int hidden = 0;
        for (String key : keys) {
            if (!app.visible(key)) {
                hidden++;
                continue;
            }
            Optional<JiraData.Issue> issue = jira.issue(key);
            if (issue.isEmpty()) {
                continue; // an initiative the export lacks: Jira could not link it
            }
            html.append("<li><a href=\"/browse/").append(esc(key)).append("\">").append(esc(key)).append("</a> ")
                    .append("<span class=\"aui-lozenge aui-lozenge-subtle\">").append(esc(issue.get().typeName()))
                    .append("</span> <span class=\"summary\">").append(esc(issue.get().summary())).append("</span></li>");
        }
        html.append("</ul>");
        if (hidden > 0) {
            html.append("<p class=\"okr-issues-hidden\">").append(esc(words.get("issues.hidden", hidden)))
                    .append("</p>");
        }
        return html.append("</section>").toString();
    }

    /**
     * An issue as Jira's issue view shows it, reduced to what the app touches: summary, a few fields, its links, and
     * the app's web panels in their columns (left: key result and objective panels; right: the initiative panel),
     * each under its label as Jira's issue view modules are.
     */
    private Page issuePage(Words words, Visit visit, String key) {
        Optional<JiraData.Issue> found = jira.issue(key).filter(i -> app.visible(i.key()));
        if (found.isEmpty()) {
            return new Page(404, layout(words, visit, key, "<div class=\"aui-message aui-message-error\">"
                    + esc(app.texts().text("okr.error.issueNotFound", key)) + "</div>"));
        }
        JiraData.Issue issue = found.get();
        StringBuilder main = new StringBuilder();
        main.append("<header class=\"issue-header\"><ol class=\"aui-nav aui-nav-breadcrumbs\"><li>")
                .append(esc(jira.projects().getOrDefault(issue.projectKey(), issue.projectKey())))
                .append("</li><li><a class=\"issue-key\" href=\"/browse/").append(esc(issue.key())).append("\">")
                .append(esc(issue.key())).append("</a></li></ol><h1 id=\"summary-val\">").append(esc(issue.summary()))
                .append("</h1></header><div class=\"module\"><h2>").append(esc(words.get("issue.details")))
                .append("</h2><dl class=\"issue-details\"><dt>").append(esc(words.get("issue.type")))
                .append("</dt><dd>").append(esc(issue.typeName())).append("</dd><dt>")
                .append(esc(words.get("issue.status"))).append("</dt><dd><span class=\"aui-lozenge\">")
                .append(esc(issue.statusName())).append("</span></dd><dt>").append(esc(words.get("issue.project")))
                .append("</dt><dd>").append(esc(issue.projectKey())).append("</dd>");
        if (issue.securityLevel() != null) {
            main.append("<dt>").append(esc(words.get("issue.security"))).append("</dt><dd>")
                    .append(esc(issue.securityLevel())).append("</dd>");
        }
        main.append("</dl></div>").append(links(words, issue));
        StringBuilder side = new StringBuilder();
        java.util.Set<String> resources = new java.util.LinkedHashSet<>();
        Optional<Caller> caller = app.access().caller();
        List<PluginDescriptor.WebPanel> panels = new ArrayList<>(app.descriptor().webPanels());
        panels.sort(java.util.Comparator.comparingInt(PluginDescriptor.WebPanel::weight));
        for (PluginDescriptor.WebPanel panel : panels) {
            Optional<Screen> screen = caller.flatMap(c -> panel(panel.key(), c, key));
            if (screen.isEmpty()) {
                continue; // the panel's condition: Jira leaves the panel out
            }
            resources.add(PANEL_RESOURCES.get(panel.key()));
            StringBuilder column = panel.location().equals(RIGHT) ? side : main;
            column.append("<div class=\"module okr-web-panel\" id=\"").append(esc(panel.key()))
                    .append("_heading\" data-panel=\"").append(esc(panel.key())).append("\"><h2>")
                    .append(esc(app.texts().text(panel.labelKey()))).append("</h2><div class=\"mod-content\">")
                    .append(render(screen.get())).append("</div></div>");
        }
        String html = "<div class=\"issue-view\"><div class=\"issue-main\">" + main + "</div><aside class=\"issue-side\">"
                + side + "</aside></div>";
        return new Page(200, layout(words, visit, issue.key() + " " + issue.summary(), html, false, resources));
    }

    /** Jira's issue links section: the app's links to issues the visitor may see. */
    private String links(Words words, JiraData.Issue issue) {
        List<String[]> links = new ArrayList<>();
        String key = issue.key();
        jira.objectiveOf(key).ifPresent(o -> links.add(new String[] {"measures", o}));
        jira.keyResultsOf(key).forEach(k -> links.add(new String[] {"is measured by", k}));
        jira.initiativesOf(key).forEach(i -> links.add(new String[] {"is driven by", i}));
        jira.keyResultsDrivenBy(key).forEach(k -> links.add(new String[] {"drives", k}));
        jira.parentOf(key).ifPresent(p -> links.add(new String[] {"aligns to", p}));
        jira.alignedTo(key).forEach(c -> links.add(new String[] {"has aligned", c}));
        StringBuilder html = new StringBuilder("<div class=\"module issue-links\"><h2>")
                .append(esc(words.get("issue.links"))).append("</h2><ul>");
        for (String[] link : links) {
            if (app.visible(link[1])) {
                html.append("<li>").append(esc(link[0])).append(" <a href=\"/browse/").append(esc(link[1]))
                        .append("\">").append(esc(link[1])).append("</a> ")
                        .append(esc(jira.issue(link[1]).map(JiraData.Issue::summary).orElse("")))
                        .append("</li>");
            }
        }
        return html.append("</ul></div>").toString();
    }

    private Page screenPage(Words words, Visit visit, String path, Map<String, String> query) {
        String page = path.substring(PAGES.length());
        String title = words.get(switch (page) {
            case "overview" -> "screen.overview";
            case "sprint-review" -> "screen.sprintReview";
            default -> "screen.admin";
        });
        Optional<Caller> caller = app.access().caller();
        if (caller.isEmpty()) {
            // Jira's servlets send anonymous visitors to the login page; the playground's login is the user switch
            return new Page(401, layout(words, visit, title, "<div class=\"aui-message aui-message-info\">"
                    + esc(words.get("loginRequired")) + "</div>"));
        }
        // the parameters the app's servlets read
        Optional<Screen> screen = switch (page) {
            case "overview" -> Optional.of(screens.overviewPage(caller.get(), number(query.get("cycleId")),
                    query.get("project"), query.get("owner")));
            case "sprint-review" -> Optional.of(screens.sprintReviewPage(caller.get(), query.get("project"),
                    number(query.get("boardId")), number(query.get("sprintId"))));
            default -> screens.adminPage(caller.get());
        };
        return screen.map(s -> {
            Decorated decorated = decorate(render(s));
            String body = decorated.body();
            boolean ownPanel = decorated.page();
            if ("atl.admin".equals(decorated.decorator())) {
                // Jira's admin decorator puts the page into its own panel, beside the administration menu
                body = "<section class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\">"
                        + "<div class=\"aui-page-panel-nav\"><nav class=\"aui-navgroup aui-navgroup-vertical\">"
                        + "<div class=\"aui-navgroup-inner\"><ul class=\"aui-nav\"><li class=\"aui-nav-selected\">"
                        + "<a href=\"" + PAGES + "admin\">" + esc(words.get("screen.admin")) + "</a></li></ul>"
                        + "</div></nav></div><section class=\"aui-page-panel-content\">" + body
                        + "</section></div></section>";
            }
            return new Page(200, layout(words, visit, decorated.title() == null ? title : decorated.title(),
                    body, ownPanel, List.of(PAGE_RESOURCES.get(page))));
        })
                .orElseGet(() -> new Page(403, layout(words, visit, title, "<div class=\"aui-message\">"
                        + esc(words.get("noScreen")) + "</div>")));
    }

    private String render(Screen screen) {
        return templates.render(screen.template(), new HashMap<>(screen.context()));
    }

    /**
     * A rendered screen: its title (null when it names none), what goes inside the playground's page, whether it
     * was a full page (which brings its own AUI page panel unless its decorator adds one) or a fragment, and the
     * decorator its head asks for (null for a fragment).
     */
    record Decorated(String title, String body, boolean page, String decorator) {
    }

    private static final java.util.regex.Pattern TITLE = java.util.regex.Pattern.compile(
            "<title>(.*?)</title>", java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.DOTALL);
    private static final java.util.regex.Pattern BODY = java.util.regex.Pattern.compile(
            "<body[^>]*>(.*)</body>", java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.DOTALL);
    private static final java.util.regex.Pattern DECORATOR = java.util.regex.Pattern.compile(
            "<meta\\s+name=\"decorator\"\\s+content=\"([^\"]*)\"", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * What Jira's page decorator does with a full page (html, head with its title and decorator meta, body): the
     * body goes into the surrounding page, the title into its title. A fragment is taken whole. The title is kept
     * as the template escaped it, so it is unescaped here once and escaped again by the layout.
     */
    static Decorated decorate(String html) {
        java.util.regex.Matcher body = BODY.matcher(html);
        if (!body.find()) {
            return new Decorated(null, html, false, null);
        }
        java.util.regex.Matcher title = TITLE.matcher(html);
        java.util.regex.Matcher decorator = DECORATOR.matcher(html);
        return new Decorated(title.find() ? unescape(title.group(1).strip()) : null, body.group(1), true,
                decorator.find() ? decorator.group(1) : null);
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }

    // ------------------------------------------------------------------ layout

    private String layout(Words words, Visit visit, String title, String content) {
        return layout(words, visit, title, content, false, List.of());
    }

    /**
     * The page around the content: banner, switches, AUI and the web resources. A decorated page brings its own
     * AUI page panel (as Jira's pages do), so it goes in as it is; anything else goes into one.
     */
    private String layout(Words words, Visit visit, String title, String content, boolean ownPanel,
                          java.util.Collection<String> resources) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(visit.locale().getLanguage())
                .append("\"><head><meta charset=\"utf-8\"><title>").append(esc(title)).append(" - ")
                .append(esc(words.get("title"))).append("</title>");
        for (String css : files.stylesheets(resources)) {
            html.append("<link rel=\"stylesheet\" href=\"").append(esc(css)).append("\">");
        }
        html.append("<style>").append(STYLE).append("</style>");
        for (String js : files.platformScripts()) {
            html.append("<script src=\"").append(esc(js)).append("\"></script>");
        }
        if (files.auiInstalled() && files.jsI18n()) {
            // Jira's jsI18n transformer puts the visitor's texts into the scripts; here AUI's AJS.I18n.getText
            // finds them in its keys, in the same language as the pages
            html.append("<script>AJS.I18n.keys = Object.assign(AJS.I18n.keys || {}, ")
                    .append(jsonForScript(appTexts(visit.locale()))).append(");</script>");
        }
        for (String js : files.scripts(resources)) {
            html.append("<script src=\"").append(esc(js)).append("\"></script>");
        }
        html.append("</head><body class=\"aui-layout aui-theme-default\"><div id=\"page\">");
        html.append("<div id=\"playground-banner\" class=\"aui-banner aui-banner-warning\" role=\"banner\">")
                .append(esc(words.get("banner", dataset))).append("</div>");
        if (!files.auiInstalled()) {
            html.append("<div id=\"aui-missing\" class=\"aui-message aui-message-warning\">")
                    .append(esc(words.get("aui.missing"))).append("</div>");
        }
        html.append("<header id=\"header\" class=\"aui-header\"><nav class=\"aui-header-primary\"><h1 id=\"logo\""
                + " class=\"aui-header-logo\"><a href=\"/\" class=\"aui-nav-imagelink\">")
                .append(esc(words.get("title"))).append("</a></h1></nav></header>");
        html.append("<nav id=\"switches\"><div id=\"user-switch\"><strong>")
                .append(esc(words.get("user"))).append(":</strong> ");
        String current = visit.user() == null ? DemoUser.ANONYMOUS : visit.user().key();
        for (DemoUser user : DemoUser.ALL) {
            switchLink(html, "as", user.key(), user.displayName(), user.description(), current.equals(user.key()));
        }
        switchLink(html, "as", DemoUser.ANONYMOUS, words.get("user.anonymous"), "", visit.user() == null);
        html.append("</div><div id=\"language-switch\"><strong>").append(esc(words.get("language")))
                .append(":</strong> ");
        switchLink(html, "lang", "en", "English", "", visit.locale().getLanguage().equals("en"));
        switchLink(html, "lang", "ko", "\ud55c\uad6d\uc5b4", "", visit.locale().getLanguage().equals("ko"));
        html.append("</div></nav>");
        if (ownPanel) {
            html.append("<div id=\"content\">").append(content).append("</div>");
        } else {
            html.append("<section id=\"content\" class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\">"
                    + "<main class=\"aui-page-panel-content\">").append(content).append("</main></div></section>");
        }
        html.append("</div></body></html>\n");
        return html.toString();
    }

    private static void switchLink(StringBuilder html, String parameter, String value, String label, String title,
                                   boolean current) {
        html.append("<a class=\"aui-button aui-button-link").append(current ? " current" : "").append("\" href=\"?")
                .append(parameter).append('=').append(esc(value)).append("\" data-").append(parameter).append("=\"")
                .append(esc(value)).append("\" title=\"").append(esc(title)).append('"')
                .append(current ? " aria-current=\"true\"" : "").append('>').append(esc(label)).append("</a> ");
    }

    /** The playground's words in the visitor's language. */
    private static final class Words {
        private final ResourceBundle bundle;
        private final Locale locale;

        Words(Locale locale) {
            this.locale = locale;
            this.bundle = ResourceBundle.getBundle(PlaygroundTexts.class.getName(), locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_CLASS));
        }

        String get(String key, Object... arguments) {
            return new MessageFormat(bundle.getString(key), locale).format(arguments);
        }
    }

    // ------------------------------------------------------------------ plumbing

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The app's texts (i18n/okr*.properties) in a language, as patterns for AJS.format, by key. */
    static Map<String, String> appTexts(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.okr", locale, Pages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> texts = new java.util.TreeMap<>();
        for (String key : bundle.keySet()) {
            texts.put(key, bundle.getString(key));
        }
        return texts;
    }

    /** JSON that cannot end the script element it sits in, nor break a line in JavaScript. */
    static String jsonForScript(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value)
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                    .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String url(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.putIfAbsent(name, value);
        }
        return values;
    }

    static String cookie(HttpExchange exchange, String name) {
        for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", List.of())) {
            for (String part : header.split(";")) {
                int eq = part.indexOf('=');
                if (eq > 0 && part.substring(0, eq).trim().equals(name)) {
                    return part.substring(eq + 1).trim();
                }
            }
        }
        return null;
    }

    private static void setCookie(HttpExchange exchange, String name, String value) {
        exchange.getResponseHeaders().add("Set-Cookie", name + "=" + value + "; Path=/; SameSite=Lax");
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static final String STYLE = "#playground-banner{padding:8px 16px 8px 40px;font-weight:600}"
            + "#switches{display:flex;flex-wrap:wrap;gap:16px;padding:8px 16px;background:#f4f5f7}"
            + "#switches a.current{font-weight:700;text-decoration:underline}"
            + ".issue-view{display:flex;gap:24px;align-items:flex-start}.issue-header h1{margin:8px 0 16px}"
            + ".issue-main{flex:1 1 auto;min-width:0}.issue-side{flex:0 0 340px}"
            + ".issue-view .module{margin:0 0 20px}.issue-view .module>h2{font-size:14px;border-bottom:1px solid"
            + " #dfe1e6;padding-bottom:4px;margin:0 0 8px}"
            + ".issue-details{display:grid;grid-template-columns:max-content auto;gap:4px 16px;margin:0}"
            + ".okr-issues-hidden{color:#6b778c;font-style:italic}";
}
