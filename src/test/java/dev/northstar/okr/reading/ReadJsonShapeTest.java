package dev.northstar.okr.reading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.northstar.okr.domain.CheckIn;
import dev.northstar.okr.rest.ErrorMapping;
import dev.northstar.okr.rest.Guard;
import dev.northstar.okr.rest.XsrfGuard;
import dev.northstar.okr.testing.JiraFixture.Role;
import dev.northstar.okr.testing.RestServer;
import org.junit.Rule;
import org.junit.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static dev.northstar.okr.reading.OkrWorld.at;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The read endpoints' JSON property names, in order, as docs/rest-api-read.md shows them: the views group their
 * figures into small parts in Java, and the JSON must not show it.
 */
public class ReadJsonShapeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OkrWorld world = new OkrWorld().standard();
    private final Guard guard = new Guard(world.jira.access);

    @Rule
    public final RestServer server = new RestServer(new CycleObjectivesResource(world.service, guard),
            new KeyResultReadResource(world.service, guard), new SprintReviewResource(world.service, guard),
            new ErrorMapping(world.jira.texts), new XsrfGuard());

    {
        world.store.checkIns.add(new CheckIn("AC-2", 7, "on plan", "lead", at("2015-08-01")));
        world.jira.as(Role.VIEWER);
    }

    @Test
    public void shouldWriteTheObjectiveTreeFlat() throws Exception {
        JsonNode tree = get("/cycles/" + world.cycle.id() + "/objectives?project=AC");
        assertEquals(List.of("cycle", "project", "asOf", "figuresAt", "objectives", "hiddenObjectives", "warnings"),
                names(tree));
        assertEquals(List.of("id", "name", "start", "end", "closed", "state"), names(tree.get("cycle")));
        JsonNode objective = tree.at("/objectives/0");
        assertEquals(List.of("key", "title", "owner", "committed", "hidden", "weight", "progress", "pace",
                "keyResults", "hiddenKeyResults", "children", "hiddenChildren", "terms", "weightSum", "warnings"),
                names(objective));
        assertEquals(List.of("expected", "ratio", "status"), names(objective.get("pace")));
        assertEquals(List.of("source", "key", "weight", "cappedProgress", "included"),
                names(objective.at("/terms/0")));
        for (JsonNode kr : objective.get("keyResults")) {
            assertEquals(KEY_RESULT, names(kr));
        }
        JsonNode count = objective.at("/keyResults/0");
        assertEquals("AC-2", count.get("key").asText());
        assertTrue("a key result without a metric says so", count.get("metric").isNull());
        assertEquals(List.of("latestConfidence", "trend", "lastCheckIn", "lastNote", "stale", "daysSinceCheckIn"),
                names(count.get("checkIn")));
        assertEquals(7, count.at("/checkIn/latestConfidence").asInt());
        assertTrue("one check-in has no trend: null, not 0", count.at("/checkIn/trend").isNull());
        assertTrue("never checked in: no confidence, null rather than 0",
                objective.at("/keyResults/1/checkIn/latestConfidence").isNull());
        assertTrue("a metric to increase has no band", objective.at("/keyResults/1/metric/low").isNull());
        assertEquals(10.0, objective.at("/keyResults/1/metric/start").asDouble(), 0.0);
        assertEquals(List.of("key", "summary", "scope", "impact", "effort"), names(count.at("/initiatives/0")));
        JsonNode metric = objective.at("/keyResults/1/metric");
        assertEquals(List.of("direction", "value", "setAt", "source", "start", "target", "low", "high", "outsideBy",
                "unit", "history"), names(metric));
        assertEquals(List.of("at", "value"), names(metric.at("/history/0")));
    }

    @Test
    public void shouldWriteAKeyResultWithItsEvidenceFlat() throws Exception {
        JsonNode detail = get("/keyresults/AC-2");
        assertEquals(List.of("cycle", "objectiveKey", "asOf", "figuresAt", "keyResult", "issues", "hiddenIssues",
                "hiddenDone", "notes", "hiddenCredit"), names(detail));
        assertEquals(KEY_RESULT, names(detail.get("keyResult")));
        assertEquals(List.of("key", "type", "via", "created", "inScope", "done", "doneAt", "doneSource", "points",
                "credit", "inProgressAt", "inProgressSource"), names(detail.at("/issues/0")));
    }

    @Test
    public void shouldWriteTheSprintReviewFlat() throws Exception {
        JsonNode review = get("/sprints/7/review?project=AC");
        assertEquals(List.of("sprint", "project", "cycle", "windowStart", "windowEnd", "keyResults",
                "hiddenKeyResults", "alignment", "warnings"), names(review));
        assertEquals(List.of("id", "name", "state", "start", "end", "complete"), names(review.get("sprint")));
        assertEquals(List.of("completed", "aligned", "share", "points", "alignedPoints", "pointsShare",
                "unestimated"), names(review.get("alignment")));
        JsonNode kr = review.at("/keyResults/0");
        assertEquals(List.of("key", "title", "progressAtStart", "progressAtEnd", "delta", "completed",
                "hiddenCompleted", "pointsCompleted", "notDone", "hiddenNotDone", "paceAtEnd", "checkIn", "started",
                "hiddenStarted"), names(kr));
        assertEquals(List.of("key", "points", "doneAt"), names(kr.at("/completed/0")));
    }

    private static final List<String> KEY_RESULT = List.of("key", "title", "kind", "focusMetric", "weight",
            "progress", "capped", "done", "total", "hiddenIssues", "pointsDone", "pointsTotal", "unestimated",
            "error", "errorKey", "formula", "metric", "pace", "checkIn", "initiatives", "hiddenInitiatives",
            "orphanInitiatives", "hiddenOrphans", "credit", "pointsCredit");

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = server.get(path);
        assertEquals(response.body(), 200, response.statusCode());
        return JSON.readTree(response.body());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
