package dev.northstar.okr.playground;

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
 * ({@value #PAGES}overview, sprint-review, admin), whose full-page templates are decorated as Jira's "atl.general"
 * decorator would (title and body taken into the page around them). Until the screens
 * exist, the start page shows the objective tree read from the REST API in the browser.
 */
final class Pages implements HttpHandler {
    /** Where Jira serves the app's servlets (atlassian-plugin.xml's url-patterns under /plugins/servlet). */
    static final String PAGES = "/plugins/servlet/northstar-okr/";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Pages.class);
    private final PlaygroundComponents app;
    private final PlaygroundJira jira;
    private final String dataset;
    private final String defaultUser;
    private final Screens screens;
    private final Templates templates;
    private final WebFiles files;

    Pages(PlaygroundComponents app, PlaygroundJira jira, String dataset, String defaultUser, Screens screens,
          Templates templates, WebFiles files) {
        this.app = app;
        this.jira = jira;
        this.dataset = dataset;
        this.defaultUser = defaultUser;
        this.screens = screens != null && templates != null ? screens : null;
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

    private String start(Words words, Visit visit) {
        StringBuilder html = new StringBuilder();
        TreeSet<String> projects = new TreeSet<>();
        jira.objectives().forEach(k -> jira.issue(k).ifPresent(i -> projects.add(i.projectKey())));
        for (String project : projects) {
            html.append("<section class=\"okr-project\"><h2>").append(esc(words.get("objectives", project)))
                    .append("</h2><div class=\"okr-tree\" data-project=\"").append(esc(project))
                    .append("\" data-state=\"loading\">").append(esc(words.get("loading"))).append("</div></section>");
        }
        html.append("<section><h2>").append(esc(words.get("screens"))).append("</h2>");
        if (screens == null) {
            html.append("<p class=\"screens-missing\">").append(esc(words.get("screens.missing"))).append("</p>");
        }
        html.append("<ul><li><a href=\"" + PAGES + "overview\">").append(esc(words.get("screen.overview")))
                .append("</a></li><li><a href=\"" + PAGES + "sprint-review\">")
                .append(esc(words.get("screen.sprintReview")))
                .append("</a></li><li><a href=\"" + PAGES + "admin\">").append(esc(words.get("screen.admin")))
                .append("</a></li></ul></section>");
        html.append(issueList(words, visit));
        html.append("<section><h2>").append(esc(words.get("rest"))).append("</h2><ul>");
        for (String p : List.of("/settings", "/setup", "/cycles")) {
            html.append("<li><a href=\"").append(Playground.REST).append(p).append("\"><code>GET ")
                    .append(Playground.REST).append(p).append("</code></a></li>");
        }
        html.append("</ul></section>");
        html.append("<script>").append(TREE_SCRIPT.replace("$REST", Playground.REST)
                .replace("$HIDDEN", js(words.get("hidden", "{0}")))
                .replace("$FAILED", js(words.get("failed", "{0}", "{1}")))
                .replace("$COLUMNS", "[" + String.join(",", java.util.stream.Stream.of("col.key", "col.title",
                        "col.kind", "col.progress", "col.pace", "col.confidence", "col.initiatives")
                        .map(k -> js(words.get(k))).toList()) + "]")).append("</script>");
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
            if (!app.access().visible(key)) {
                hidden++;
                continue;
            }
            PlaygroundJira.Issue issue = jira.issue(key).orElseThrow();
            html.append("<li><a href=\"/browse/").append(esc(key)).append("\">").append(esc(key)).append("</a> ")
                    .append("<span class=\"aui-lozenge aui-lozenge-subtle\">").append(esc(issue.typeName()))
                    .append("</span> <span class=\"summary\">").append(esc(issue.summary())).append("</span></li>");
        }
        html.append("</ul>");
        if (hidden > 0) {
            html.append("<p class=\"okr-issues-hidden\">").append(esc(words.get("issues.hidden", hidden)))
                    .append("</p>");
        }
        return html.append("</section>").toString();
    }

    private Page issuePage(Words words, Visit visit, String key) {
        Optional<PlaygroundJira.Issue> found = jira.issue(key).filter(i -> app.access().visible(i.key()));
        if (found.isEmpty()) {
            return new Page(404, layout(words, visit, key, "<div class=\"aui-message aui-message-error\">"
                    + esc(app.texts().text("okr.error.issueNotFound", key)) + "</div>"));
        }
        PlaygroundJira.Issue issue = found.get();
        StringBuilder html = new StringBuilder();
        html.append("<header class=\"issue-header\"><ol class=\"aui-nav aui-nav-breadcrumbs\"><li>")
                .append(esc(jira.projects().getOrDefault(issue.projectKey(), issue.projectKey())))
                .append("</li><li><a class=\"issue-key\" href=\"/browse/").append(esc(issue.key())).append("\">")
                .append(esc(issue.key())).append("</a></li></ol><h1 id=\"summary-val\">").append(esc(issue.summary()))
                .append("</h1></header><dl class=\"issue-details\"><dt>").append(esc(words.get("issue.type")))
                .append("</dt><dd>").append(esc(issue.typeName())).append("</dd><dt>")
                .append(esc(words.get("issue.status"))).append("</dt><dd><span class=\"aui-lozenge\">")
                .append(esc(issue.statusName())).append("</span></dd><dt>").append(esc(words.get("issue.project")))
                .append("</dt><dd>").append(esc(issue.projectKey())).append("</dd>");
        if (issue.securityLevel() != null) {
            html.append("<dt>").append(esc(words.get("issue.security"))).append("</dt><dd>")
                    .append(esc(issue.securityLevel())).append("</dd>");
        }
        html.append("</dl>").append(links(words, issue));
        html.append("<section class=\"okr-panels\"><h2>").append(esc(words.get("issue.panels"))).append("</h2>");
        Optional<Caller> caller = app.access().caller();
        if (screens == null) {
            html.append("<p class=\"screens-missing\">").append(esc(words.get("screens.missing"))).append("</p>");
        } else if (caller.isPresent()) {
            List<Optional<Screen>> panels = List.of(screens.objectivePanel(caller.get(), key),
                    screens.keyResultPanel(caller.get(), key), screens.initiativePanel(caller.get(), key));
            for (Optional<Screen> panel : panels) {
                panel.ifPresent(p -> html.append("<div class=\"okr-panel\">").append(render(p)).append("</div>"));
            }
        }
        html.append("</section>");
        return new Page(200, layout(words, visit, issue.key() + " " + issue.summary(), html.toString()));
    }

    /** Jira's issue links section: the app's links to issues the visitor may see. */
    private String links(Words words, PlaygroundJira.Issue issue) {
        List<String[]> links = new ArrayList<>();
        String key = issue.key();
        jira.objectiveOf(key).ifPresent(o -> links.add(new String[] {"measures", o}));
        jira.keyResultsOf(key).forEach(k -> links.add(new String[] {"is measured by", k}));
        jira.initiativesOf(key).forEach(i -> links.add(new String[] {"is driven by", i}));
        jira.keyResultsDrivenBy(key).forEach(k -> links.add(new String[] {"drives", k}));
        jira.parentOf(key).ifPresent(p -> links.add(new String[] {"aligns to", p}));
        jira.alignedTo(key).forEach(c -> links.add(new String[] {"has aligned", c}));
        StringBuilder html = new StringBuilder("<section class=\"issue-links\"><h2>")
                .append(esc(words.get("issue.links"))).append("</h2><ul>");
        for (String[] link : links) {
            if (app.access().visible(link[1])) {
                html.append("<li>").append(esc(link[0])).append(" <a href=\"/browse/").append(esc(link[1]))
                        .append("\">").append(esc(link[1])).append("</a> ")
                        .append(esc(jira.issue(link[1]).map(PlaygroundJira.Issue::summary).orElse("")))
                        .append("</li>");
            }
        }
        return html.append("</ul></section>").toString();
    }

    private Page screenPage(Words words, Visit visit, String path, Map<String, String> query) {
        String page = path.substring(PAGES.length());
        String title = words.get(switch (page) {
            case "overview" -> "screen.overview";
            case "sprint-review" -> "screen.sprintReview";
            default -> "screen.admin";
        });
        if (screens == null) {
            return new Page(200, layout(words, visit, title, "<h1>" + esc(title) + "</h1><p class=\"screens-missing\">"
                    + esc(words.get("screens.missing")) + "</p>"));
        }
        Optional<Caller> caller = app.access().caller();
        if (caller.isEmpty()) {
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
            return new Page(200, layout(words, visit, decorated.title() == null ? title : decorated.title(),
                    decorated.body(), decorated.page()));
        })
                .orElseGet(() -> new Page(403, layout(words, visit, title, "<div class=\"aui-message\">"
                        + esc(words.get("noScreen")) + "</div>")));
    }

    private String render(Screen screen) {
        return templates.render(screen.template(), new HashMap<>(screen.context()));
    }

    /**
     * A rendered screen: its title (null when it names none), what goes inside the playground's page, and whether
     * it was a full page (which brings its own AUI page panel) or a fragment.
     */
    record Decorated(String title, String body, boolean page) {
    }

    private static final java.util.regex.Pattern TITLE = java.util.regex.Pattern.compile(
            "<title>(.*?)</title>", java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.DOTALL);
    private static final java.util.regex.Pattern BODY = java.util.regex.Pattern.compile(
            "<body[^>]*>(.*)</body>", java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.DOTALL);

    /**
     * What Jira's page decorator does with a full page (html, head with its title and decorator meta, body): the
     * body goes into the surrounding page, the title into its title. A fragment is taken whole. The title is kept
     * as the template escaped it, so it is unescaped here once and escaped again by the layout.
     */
    static Decorated decorate(String html) {
        java.util.regex.Matcher body = BODY.matcher(html);
        if (!body.find()) {
            return new Decorated(null, html, false);
        }
        java.util.regex.Matcher title = TITLE.matcher(html);
        return new Decorated(title.find() ? unescape(title.group(1).strip()) : null, body.group(1), true);
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }

    // ------------------------------------------------------------------ layout

    private String layout(Words words, Visit visit, String title, String content) {
        return layout(words, visit, title, content, false);
    }

    /**
     * The page around the content: banner, switches, AUI and the web resources. A decorated page brings its own
     * AUI page panel (as Jira's pages do), so it goes in as it is; anything else goes into one.
     */
    private String layout(Words words, Visit visit, String title, String content, boolean ownPanel) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(visit.locale().getLanguage())
                .append("\"><head><meta charset=\"utf-8\"><title>").append(esc(title)).append(" - ")
                .append(esc(words.get("title"))).append("</title>");
        for (String css : files.stylesheets()) {
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
        for (String js : files.scripts()) {
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

    /** A JavaScript string literal that cannot end the script element it sits in. */
    private static String js(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
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
            + ".okr-objective{border:1px solid #dfe1e6;border-radius:3px;padding:8px 12px;margin:8px 0}"
            + ".okr-objective .okr-objective{margin-left:24px}"
            + ".okr-hidden{color:#6b778c;font-style:italic}"
            + ".issue-details{display:grid;grid-template-columns:max-content auto;gap:4px 16px}";

    /**
     * Reads the cycle's objective tree from the REST API, as any page script would, and shows it with text only
     * (never as markup): summaries are whatever people typed into Jira.
     */
    private static final String TREE_SCRIPT = """
            (function () {
              var REST = "$REST", HIDDEN = $HIDDEN, FAILED = $FAILED, COLUMNS = $COLUMNS;
              function el(tag, cls, text) {
                var e = document.createElement(tag);
                if (cls) { e.className = cls; }
                if (text !== undefined && text !== null) { e.textContent = String(text); }
                return e;
              }
              function pct(x) { return x === null || x === undefined ? "" : Math.round(x * 1000) / 10 + "%"; }
              function hidden(n) { return n > 0 ? el("span", "okr-hidden", " " + HIDDEN.replace("{0}", n)) : null; }
              function get(path) {
                return fetch(REST + path, {credentials: "same-origin", headers: {"Accept": "application/json"}})
                  .then(function (r) {
                    return r.json().then(function (body) {
                      if (!r.ok) { throw new Error(FAILED.replace("{0}", r.status).replace("{1}", body.message)); }
                      return body;
                    });
                  });
              }
              function objective(o) {
                var box = el("div", "okr-objective");
                box.dataset.key = o.key || "";
                var h = el("h3", null, o.hidden ? "\\u2014" : o.key + " " + o.title + " (" + pct(o.progress) + ")");
                box.appendChild(h);
                var table = el("table", "aui okr-krs");
                var head = el("tr");
                COLUMNS.forEach(function (c) { head.appendChild(el("th", null, c)); });
                table.appendChild(head);
                o.keyResults.forEach(function (k) {
                  var tr = el("tr", "okr-kr");
                  tr.dataset.key = k.key;
                  [k.key, k.title, k.kind, pct(k.progress), k.pace ? k.pace.status : "",
                   k.checkIn && k.checkIn.latestConfidence ? k.checkIn.latestConfidence : ""].forEach(function (v) {
                    tr.appendChild(el("td", null, v));
                  });
                  var inits = el("td", "okr-initiatives");
                  k.initiatives.forEach(function (i) {
                    var a = el("a", "okr-initiative", i.key + " " + i.summary);
                    a.href = "/browse/" + encodeURIComponent(i.key);
                    inits.appendChild(a);
                    inits.appendChild(document.createTextNode(" "));
                  });
                  [k.hiddenInitiatives, k.hiddenIssues].forEach(function (n) {
                    var h = hidden(n); if (h) { h.classList.add(n === k.hiddenIssues ? "okr-hidden-issues" : "okr-hidden-initiatives"); inits.appendChild(h); }
                  });
                  tr.appendChild(inits);
                  table.appendChild(tr);
                });
                box.appendChild(table);
                var more = hidden(o.hiddenKeyResults + o.hiddenChildren);
                if (more) { box.appendChild(more); }
                o.children.forEach(function (c) { box.appendChild(objective(c)); });
                return box;
              }
              document.querySelectorAll(".okr-tree").forEach(function (tree) {
                var project = tree.dataset.project;
                get("/cycles?project=" + encodeURIComponent(project)).then(function (list) {
                  var now = Date.now();
                  var current = list.cycles.filter(function (c) {
                    return Date.parse(c.start) <= now && now < Date.parse(c.end);
                  })[0] || list.cycles[0];
                  return get("/cycles/" + current.id + "/objectives?project=" + encodeURIComponent(project));
                }).then(function (t) {
                  tree.textContent = "";
                  tree.appendChild(el("p", "okr-cycle", t.cycle.name));
                  t.objectives.forEach(function (o) { tree.appendChild(objective(o)); });
                  var h = hidden(t.hiddenObjectives); if (h) { tree.appendChild(h); }
                  tree.dataset.state = "loaded";
                }).catch(function (e) {
                  tree.textContent = e.message;
                  tree.dataset.state = "failed";
                });
              });
            })();
            """;
}
