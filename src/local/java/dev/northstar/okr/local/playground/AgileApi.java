package dev.northstar.okr.local.playground;

import dev.northstar.okr.local.simjira.JiraData;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.northstar.okr.host.Access;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.northstar.okr.domain.Sprint;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calls of Jira Software's REST API that the app's sprint review page makes, over the data set's sprints:
 * {@code GET /rest/agile/1.0/board?projectKeyOrId=KEY}, {@code GET /rest/agile/1.0/board/{id}} (a board opened from
 * its tools menu) and {@code GET /rest/agile/1.0/board/{id}/sprint?state=...},
 * paged with {@code startAt} and {@code maxResults} as Jira pages them. A board is the sprint list's
 * {@code originBoardId}; its project is the one most of its sprints' issues belong to. The OKR project, which holds
 * objectives but no sprints, is offered every board. Boards of projects the visitor may not browse are left out;
 * anonymous visitors get 401, as from Jira.
 */
final class AgileApi implements HttpHandler {
    static final String BASE = "/rest/agile/1.0";
    private static final Pattern SPRINTS = Pattern.compile(Pattern.quote(BASE) + "/board/([0-9]{1,9})/sprint/?");
    private static final Pattern BOARD = Pattern.compile(Pattern.quote(BASE) + "/board/([0-9]{1,9})/?");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A board: its id, name and project. */
    record Board(int id, String name, String project) {
    }

    private final JiraData jira;
    private final Access access;
    private final String defaultUser;
    private final Map<Integer, Board> boards = new TreeMap<>();

    AgileApi(JiraData jira, Access access, String defaultUser) {
        this.jira = jira;
        this.access = access;
        this.defaultUser = defaultUser;
        Map<Integer, Map<String, Integer>> projectsOfBoard = new HashMap<>();
        for (JiraData.Issue issue : jira.issues()) {
            for (int sprint : issue.fact().sprintIds()) {
                Integer board = jira.sprintBoards().get(sprint);
                if (board != null) {
                    projectsOfBoard.computeIfAbsent(board, b -> new HashMap<>()).merge(issue.projectKey(), 1,
                            Integer::sum);
                }
            }
        }
        projectsOfBoard.forEach((board, counts) -> {
            String project = counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
            boards.put(board, new Board(board, project + " board " + board, project));
        });
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> query = Pages.query(exchange.getRequestURI().getRawQuery());
            Visit visit = Visit.choose(query.get("as"), Pages.cookie(exchange, Visit.USER_COOKIE), query.get("lang"),
                    Pages.cookie(exchange, Visit.LANGUAGE_COOKIE), defaultUser);
            String path = exchange.getRequestURI().getPath();
            if (!exchange.getRequestMethod().equals("GET")) {
                send(exchange, 405, Map.of("errorMessages", List.of("Method not allowed")));
            } else if (visit.user() == null) {
                send(exchange, 401, Map.of("errorMessages", List.of("You are not logged in.")));
            } else if (path.equals(BASE + "/board") || path.equals(BASE + "/board/")) {
                send(exchange, 200, page(visit.run(() -> boards(query.get("projectKeyOrId"))), query));
            } else {
                Matcher sprints = SPRINTS.matcher(path);
                Matcher one = BOARD.matcher(path);
                Board board = sprints.matches() ? boards.get(Integer.parseInt(sprints.group(1)))
                        : one.matches() ? boards.get(Integer.parseInt(one.group(1))) : null;
                if (board == null || !visit.run(() -> visible(board))) {
                    send(exchange, 404, Map.of("errorMessages", List.of("Board does not exist or you do not have"
                            + " permission to see it.")));
                } else if (sprints.matches()) {
                    send(exchange, 200, page(sprints(board.id(), query.get("state")), query));
                } else {
                    send(exchange, 200, value(board));
                }
            }
        }
    }

    private List<Object> boards(String project) {
        boolean okrs = JiraData.OKR_PROJECT.equals(project);
        List<Object> values = new ArrayList<>();
        for (Board board : boards.values()) {
            if ((project == null || okrs || board.project().equals(project)) && visible(board)) {
                values.add(value(board));
            }
        }
        return values;
    }

    /** A board as Jira Software describes one: id, name, type and the project it is located in. */
    private Map<String, Object> value(Board board) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("id", board.id());
        value.put("name", board.name());
        value.put("type", "scrum");
        value.put("location", Map.of("projectKey", board.project(), "name",
                jira.projects().getOrDefault(board.project(), board.project())));
        return value;
    }

    private boolean visible(Board board) {
        return access.caller().map(c -> access.canBrowseProject(c, board.project())).orElse(false);
    }

    /** The board's sprints in the states asked for (all when none), oldest first as Jira lists them. */
    private List<Object> sprints(int board, String states) {
        Set<String> wanted = states == null || states.isBlank() ? null
                : Set.of(states.toLowerCase(java.util.Locale.ROOT).split(","));
        List<Sprint> found = new ArrayList<>();
        jira.sprintBoards().forEach((sprint, on) -> {
            Sprint s = jira.sprints().get(sprint);
            if (on == board && s != null && (wanted == null || wanted.contains(s.state().toLowerCase(
                    java.util.Locale.ROOT)))) {
                found.add(s);
            }
        });
        found.sort(Comparator.comparing(Sprint::start, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Sprint::id));
        List<Object> values = new ArrayList<>();
        for (Sprint s : found) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("id", s.id());
            value.put("state", s.state().toLowerCase(java.util.Locale.ROOT));
            value.put("name", s.name());
            value.put("startDate", iso(s.start()));
            value.put("endDate", iso(s.end()));
            value.put("completeDate", iso(s.complete()));
            value.put("originBoardId", board);
            values.add(value);
        }
        return values;
    }

    private static Map<String, Object> page(List<Object> all, Map<String, String> query) {
        int startAt = Math.max(0, number(query.get("startAt"), 0));
        int maxResults = Math.min(50, Math.max(1, number(query.get("maxResults"), 50)));
        List<Object> values = all.subList(Math.min(startAt, all.size()), Math.min(startAt + maxResults, all.size()));
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("maxResults", maxResults);
        page.put("startAt", startAt);
        page.put("total", all.size());
        page.put("isLast", startAt + values.size() >= all.size());
        page.put("values", values);
        return page;
    }

    private static int number(String value, int otherwise) {
        try {
            return value == null ? otherwise : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static String iso(Instant t) {
        return t == null ? null : t.toString();
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
