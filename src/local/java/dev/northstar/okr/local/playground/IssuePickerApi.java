package dev.northstar.okr.local.playground;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.northstar.okr.local.simjira.SimIssuePicker;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Jira's issue picker REST resource, which the app's key fields ask for suggestions as the user types:
 * {@code GET /rest/api/2/issue/picker?query=...&currentJQL=...&currentIssueKey=...&showSubTasks=...}, answered as
 * Jira does, {@code {"sections": [{"label", "sub", "id", "issues": [{"key", "keyHtml", "img", "summary",
 * "summaryText"}]}]}}, from the simulated Jira's search as the visitor ({@link SimIssuePicker}: only issues they may
 * browse). Jira also answers a "History Search" section (issues the user viewed lately); the playground keeps no
 * history, so it answers the "Current Search" section only. {@code keyHtml} and {@code summary} are HTML (escaped,
 * the typed part in bold) as in Jira; {@code summaryText} is the plain summary. A {@code currentJQL} the simulated
 * Jira cannot run gets 400 with its message.
 */
final class IssuePickerApi implements HttpHandler {
    static final String PATH = "/rest/api/2/issue/picker";
    /** Suggestions in the section at most. */
    static final int LIMIT = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SimIssuePicker picker;
    private final String defaultUser;

    IssuePickerApi(SimIssuePicker picker, String defaultUser) {
        this.picker = picker;
        this.defaultUser = defaultUser;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> query = Pages.query(exchange.getRequestURI().getRawQuery());
            Visit visit = Visit.choose(query.get("as"), Pages.cookie(exchange, Visit.USER_COOKIE), query.get("lang"),
                    Pages.cookie(exchange, Visit.LANGUAGE_COOKIE), defaultUser);
            String path = exchange.getRequestURI().getPath();
            if (!path.equals(PATH) && !path.equals(PATH + "/")) {
                send(exchange, 404, Map.of("errorMessages", List.of("Not found")));
                return;
            }
            if (!exchange.getRequestMethod().equals("GET")) {
                send(exchange, 405, Map.of("errorMessages", List.of("Method not allowed")));
                return;
            }
            String typed = query.getOrDefault("query", "");
            SimIssuePicker.Result result = visit.run(() -> picker.pick(typed, query.get("currentJQL"),
                    query.get("currentIssueKey"), !"false".equalsIgnoreCase(query.get("showSubTasks")), LIMIT));
            if (!result.problems().isEmpty()) {
                send(exchange, 400, Map.of("errorMessages", result.problems()));
                return;
            }
            send(exchange, 200, Map.of("sections", List.of(section(result, typed))));
        }
    }

    private static Map<String, Object> section(SimIssuePicker.Result result, String typed) {
        List<Object> issues = new ArrayList<>();
        for (SimIssuePicker.Suggestion s : result.issues()) {
            Map<String, Object> issue = new LinkedHashMap<>();
            issue.put("key", s.key());
            issue.put("keyHtml", bold(s.key(), typed));
            issue.put("img", "/images/icons/issuetypes/" + s.typeName().toLowerCase(Locale.ROOT).replaceAll(
                    "[^a-z0-9]+", "") + ".svg");
            issue.put("summary", bold(s.summary(), typed));
            issue.put("summaryText", s.summary());
            issues.add(issue);
        }
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("label", "Current Search");
        section.put("sub", "Showing " + result.issues().size() + " of " + result.total() + " matching issues");
        section.put("id", "cs");
        section.put("issues", issues);
        return section;
    }

    /** The text escaped for HTML, each word typed in bold where a word of the text starts with it. */
    static String bold(String text, String typed) {
        List<String> words = List.of(typed.trim().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+"));
        StringBuilder html = new StringBuilder();
        int at = 0;
        while (at < text.length()) {
            int length = 0;
            boolean wordStart = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            for (String w : words) {
                if (wordStart && !w.isEmpty() && text.regionMatches(true, at, w, 0, w.length()) && w.length() > length) {
                    length = w.length();
                }
            }
            if (length > 0) {
                html.append("<b>").append(escape(text.substring(at, at + length))).append("</b>");
                at += length;
            } else {
                html.append(escape(text.substring(at, at + 1)));
                at++;
            }
        }
        return html.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
