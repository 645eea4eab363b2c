package dev.northstar.okr.rest;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.okr.checkin.AoCheckInRepository;
import dev.northstar.okr.checkin.CheckInEntity;
import dev.northstar.okr.checkin.CheckInResource;
import dev.northstar.okr.checkin.CheckInService;
import dev.northstar.okr.cycle.AoCycleRepository;
import dev.northstar.okr.cycle.CycleEntity;
import dev.northstar.okr.cycle.CycleResource;
import dev.northstar.okr.cycle.CycleService;
import dev.northstar.okr.grade.AoGradeRepository;
import dev.northstar.okr.grade.GradeEntity;
import dev.northstar.okr.grade.GradeResource;
import dev.northstar.okr.grade.GradeService;
import dev.northstar.okr.host.ClusterLocks;
import dev.northstar.okr.jira.JiraJqlCheck;
import dev.northstar.okr.jira.PluginSettingsStorage;
import dev.northstar.okr.keyresult.AoInitiativeRepository;
import dev.northstar.okr.keyresult.AoKeyResultSettingsRepository;
import dev.northstar.okr.keyresult.InitiativeRatingEntity;
import dev.northstar.okr.keyresult.KeyResultResource;
import dev.northstar.okr.keyresult.KeyResultSettingsEntity;
import dev.northstar.okr.objective.AoObjectiveSettingsRepository;
import dev.northstar.okr.objective.ObjectiveResource;
import dev.northstar.okr.objective.ObjectiveSettingsEntity;
import dev.northstar.okr.reading.FocusMetricRule;
import dev.northstar.okr.schema.OkrSetup;
import dev.northstar.okr.schema.SettingsSchemaStore;
import dev.northstar.okr.schema.SetupResource;
import dev.northstar.okr.settings.SettingsResource;
import dev.northstar.okr.settings.SettingsService;
import dev.northstar.okr.testing.ActiveObjectsRule;
import dev.northstar.okr.testing.Concurrently;
import dev.northstar.okr.testing.FakeJiraSchema;
import dev.northstar.okr.testing.JiraFixture;
import dev.northstar.okr.testing.JiraIssues;
import dev.northstar.okr.testing.LazyActiveObjects;
import dev.northstar.okr.host.JvmClusterLocks;
import dev.northstar.okr.testing.MemoryStores;
import dev.northstar.okr.testing.RestServer;
import dev.northstar.okr.testing.TestDatabase;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;

import static dev.northstar.okr.testing.JiraFixture.Role.JIRA_ADMIN;
import static dev.northstar.okr.testing.RestAssert.json;
import static dev.northstar.okr.testing.RestAssert.ok;
import static dev.northstar.okr.testing.RestAssert.refused;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * N writers of one item at the same instant, over real HTTP, on two cluster nodes (two REST servers, each with its own
 * Active Objects service on the same database and Jira's cluster locks shared between them), on HSQLDB and
 * PostgreSQL: every writable resource stores exactly one writer's values, whole, or, for writers that name different
 * fields, all of them; concurrent first writes store one row; an append stores every entry.
 */
@RunWith(Parameterized.class)
public class ConcurrentWritesResourceTest {
    private static final int WRITERS = 12;

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return TestDatabase.all();
    }

    @Rule
    public final ActiveObjectsRule ao;
    private final JiraFixture jira = new JiraFixture();
    private final JiraIssues issues = new JiraIssues(jira);
    /** Jira's cluster lock service as both nodes share it. */
    private final ClusterLocks cluster = new JvmClusterLocks();
    /** Jira's configuration, for enabling projects. */
    private final FakeJiraSchema schema = new FakeJiraSchema();
    private ActiveObjects secondNode;
    @Rule
    public final RestServer nodeA;
    @Rule
    public final RestServer nodeB;

    public ConcurrentWritesResourceTest(TestDatabase database) {
        ao = new ActiveObjectsRule(database, KeyResultSettingsEntity.class, InitiativeRatingEntity.class,
                ObjectiveSettingsEntity.class, CycleEntity.class, GradeEntity.class, CheckInEntity.class);
        nodeA = node(LazyActiveObjects.of(ao::activeObjects));
        nodeB = node(LazyActiveObjects.of(() -> {
            synchronized (this) {
                if (secondNode == null) {
                    secondNode = ao.secondNode();
                }
                return secondNode;
            }
        }));
    }

    /** One Jira node: the app's real resources and repositories over its own Active Objects service. */
    private RestServer node(ActiveObjects activeObjects) {
        Guard guard = new Guard(jira.access);
        AoKeyResultSettingsRepository krSettings = new AoKeyResultSettingsRepository(activeObjects, cluster);
        AoObjectiveSettingsRepository objectives = new AoObjectiveSettingsRepository(activeObjects, cluster);
        CycleService cycles = new CycleService(new AoCycleRepository(activeObjects, cluster), jira.access);
        SettingsService settings = new SettingsService(new PluginSettingsStorage(jira.pluginSettingsFactory), cluster);
        return new RestServer(new SettingsResource(settings, guard),
                new KeyResultResource(krSettings, new AoInitiativeRepository(activeObjects, cluster), guard,
                        new JiraJqlCheck(issues.pages), new FocusMetricRule(issues.structure, objectives, krSettings,
                        new MemoryStores().schema)),
                new ObjectiveResource(objectives, cycles, guard), new CycleResource(cycles, guard),
                new GradeResource(new GradeService(new AoGradeRepository(activeObjects, cluster)), cycles, guard),
                new CheckInResource(new CheckInService(new AoCheckInRepository(activeObjects), settings), guard),
                new SetupResource(new OkrSetup(schema, new SettingsSchemaStore(jira.settingsStorage), settings,
                        cluster), guard),
                new ErrorMapping(jira.texts), new XsrfGuard());
    }

    @Before
    public void declareIssues() {
        jira.issue("TEAM-1");
        jira.issue("TEAM-5");
        jira.issue("TEAM-10");
        jira.as(JIRA_ADMIN);
    }

    // ------------------------------------------------------------------ one writer's values, whole

    @Test
    public void shouldStoreOneWholeRequestOfManyFullKeyResultSettings() throws Exception {
        IntFunction<String> body = i -> "{\"kind\": \"metric\", \"direction\": \"maintain\", \"low\": " + i
                + ", \"high\": " + (i + 0.5) + ", \"weight\": " + (i + 1) + ", \"jql\": \"project = TEAM AND labels = w"
                + i + "\", \"metricFrom\": \"jql-average\", \"aggregateField\": \"customfield_" + (10000 + i)
                + "\", \"weightToDo\": 0, \"weightInProgress\": " + (i / 100.0) + ", \"weightDone\": 1,"
                + " \"focusMetric\": false}";
        race(i -> put(i, "/keyresults/TEAM-1/settings", body.apply(i)));

        JsonNode stored = ok(nodeA.get("/keyresults/TEAM-1/settings"), 200);
        int i = stored.get("weight").asInt() - 1;
        JsonNode expected = json(body.apply(i));
        for (String field : List.of("kind", "direction", "low", "high", "jql", "metricFrom", "aggregateField",
                "weightToDo", "weightInProgress", "weightDone", "focusMetric")) {
            assertEquals("writer " + i + "'s " + field + ": " + stored, value(expected.get(field)),
                    value(stored.get(field)));
        }
        assertEquals("concurrent first saves store one row", 1, rows(KeyResultSettingsEntity.class));
    }

    @Test
    public void shouldStoreOneWholeRatingOfManyFullInitiativeRatings() throws Exception {
        String[] scopes = {"must-have", "nice-to-have", "not-in-scope"};
        race(i -> put(i, "/keyresults/TEAM-1/initiatives/TEAM-10", "{\"scope\": \"" + scopes[i % 3]
                + "\", \"impact\": " + (1 + i / 3) + ", \"effort\": " + (5 - i % 5) + "}"));

        JsonNode rating = ok(nodeB.get("/keyresults/TEAM-1/settings"), 200).get("initiatives").get(0);
        int i = (rating.get("impact").asInt() - 1) * 3 + List.of(scopes).indexOf(rating.get("scope").asText());
        assertEquals("writer " + i + "'s effort: " + rating, 5 - i % 5, rating.get("effort").asInt());
        assertEquals(1, rows(InitiativeRatingEntity.class));
    }

    @Test
    public void shouldStoreOneWholeRequestOfManyFullObjectiveSettings() throws Exception {
        long q1 = ok(nodeA.post("/cycles", "{\"name\": \"Q1\", \"start\": \"2026-01-01\", \"end\": \"2026-03-31\"}"),
                201).get("id").asLong();
        long q2 = ok(nodeA.post("/cycles", "{\"name\": \"Q2\", \"start\": \"2026-04-01\", \"end\": \"2026-06-30\"}"),
                201).get("id").asLong();
        race(i -> put(i, "/objectives/TEAM-5/settings", "{\"cycleId\": " + (i % 2 == 0 ? q1 : q2)
                + ", \"committed\": " + (i % 3 == 0) + ", \"weight\": " + (i + 1) + ", \"owner\": \"Owner " + i
                + "\"}"));

        JsonNode stored = ok(nodeB.get("/objectives/TEAM-5/settings"), 200);
        int i = stored.get("weight").asInt() - 1;
        assertEquals(stored.toString(), "Owner " + i, stored.get("owner").asText());
        assertEquals(stored.toString(), i % 2 == 0 ? q1 : q2, stored.get("cycleId").asLong());
        assertEquals(stored.toString(), i % 3 == 0, stored.get("committed").asBoolean());
        assertEquals(1, rows(ObjectiveSettingsEntity.class));
    }

    @Test
    public void shouldStoreOneWholeRequestOfManyFullCycleChangesAndCloseOnce() throws Exception {
        long id = ok(nodeA.post("/cycles", "{\"name\": \"Q1\", \"start\": \"2026-01-01\", \"end\": \"2026-03-31\"}"),
                201).get("id").asLong();
        race(i -> put(i, "/cycles/" + id, "{\"name\": \"Cycle " + i + "\", \"start\": \"2026-01-"
                + String.format("%02d", i + 1) + "\", \"end\": \"2026-06-" + String.format("%02d", i + 1) + "\"}"));

        JsonNode cycle = ok(nodeB.get("/cycles/" + id), 200);
        int i = Integer.parseInt(cycle.get("name").asText().substring("Cycle ".length()));
        assertEquals(cycle.toString(), String.format("2026-01-%02dT00:00:00Z", i + 1), cycle.get("start").asText());
        assertEquals(cycle.toString(), String.format("2026-06-%02dT00:00:00Z", i + 2), cycle.get("end").asText());

        List<HttpResponse<String>> closes = Concurrently.run(writers(n -> () ->
                (n % 2 == 0 ? nodeA : nodeB).post("/cycles/" + id + "/close", "{}")));
        List<HttpResponse<String>> closed = closes.stream().filter(r -> r.statusCode() == 200).toList();
        assertEquals("exactly one close wins", 1, closed.size());
        closes.stream().filter(r -> r.statusCode() != 200)
                .forEach(r -> refused(r, 409, null, "okr.error.cycleClosed"));
        assertEquals(json(closed.get(0).body()).get("closedAt").asText(),
                ok(nodeA.get("/cycles/" + id), 200).get("closedAt").asText());
    }

    @Test
    public void shouldStoreOneWholeGradeOfManyRegrades() throws Exception {
        long id = ok(nodeA.post("/cycles", "{\"name\": \"Q1\", \"start\": \"2026-01-01\", \"end\": \"2026-03-31\"}"),
                201).get("id").asLong();
        ok(nodeA.post("/cycles/" + id + "/close", "{}"), 200);
        race(i -> put(i, "/cycles/" + id + "/grades/TEAM-5", "{\"score\": " + (i / 20.0) + ", \"note\": \"note "
                + i + "\"}"));

        JsonNode grade = ok(nodeB.get("/cycles/" + id + "/grades"), 200).get("grades").get(0);
        int i = (int) Math.round(grade.get("score").asDouble() * 20);
        assertEquals(grade.toString(), "note " + i, grade.get("note").asText());
        assertEquals(1, rows(GradeEntity.class));
    }

    @Test
    public void shouldStoreOneWholeRequestOfManyFullSettings() throws Exception {
        IntFunction<String> body = i -> "{\"paceOnTrack\": " + (0.9 + i / 1000.0) + ", \"paceAtRisk\": "
                + (0.5 + i / 1000.0) + ", \"justStartedBelow\": " + (i / 100.0) + ", \"staleDays\": " + (i + 1)
                + ", \"enabledProjects\": [\"P" + i + "\"], \"storyPointsField\": \"customfield_" + (10000 + i)
                + "\", \"sprintField\": \"customfield_" + (20000 + i) + "\", \"weightToDo\": 0,"
                + " \"weightInProgress\": " + (i / 100.0) + ", \"weightDone\": 1}";
        race(i -> put(i, "/settings", body.apply(i)));

        JsonNode stored = ok(nodeB.get("/settings"), 200);
        int i = stored.get("staleDays").asInt() - 1;
        JsonNode expected = json(body.apply(i));
        expected.fieldNames().forEachRemaining(field -> assertEquals("writer " + i + "'s " + field + ": " + stored,
                value(expected.get(field)), value(stored.get(field))));
    }

    // ------------------------------------------------------------------ writers of different fields lose nothing

    @Test
    public void shouldApplyEveryOneOfManyPartialSettingsChangesAndLetNoRefusedOneResetOthers() throws Exception {
        ok(nodeA.put("/settings", "{\"enabledProjects\": [\"TEAM\"], \"storyPointsField\": \"customfield_10002\"}"),
                200);
        List<String> changes = List.of("{\"staleDays\": 30}", "{\"justStartedBelow\": 0.2}",
                "{\"sprintField\": \"customfield_10100\"}", "{\"paceOnTrack\": 1.2}", "{\"weightInProgress\": 0.5}",
                "{\"weightDone\": 2}", "{\"paceAtRisk\": 5}", "{\"enabledProjects\": [\"not a key\"]}");
        List<HttpResponse<String>> answers = Concurrently.run(writers(changes.size(), i -> () ->
                (i % 2 == 0 ? nodeA : nodeB).put("/settings", changes.get(i))));
        for (int i = 0; i < changes.size(); i++) {
            assertEquals(changes.get(i) + ": " + answers.get(i).body(), i < 5 ? 200 : 400,
                    answers.get(i).statusCode());
        }

        JsonNode stored = ok(nodeA.get("/settings"), 200);
        assertEquals(stored.toString(), 30, stored.get("staleDays").asInt());
        assertEquals(0.2, stored.get("justStartedBelow").asDouble(), 0.0);
        assertEquals("customfield_10100", stored.get("sprintField").asText());
        assertEquals(1.2, stored.get("paceOnTrack").asDouble(), 0.0);
        assertEquals(0.5, stored.get("weightInProgress").asDouble(), 0.0);
        assertEquals("settings no request named are untouched", "[\"TEAM\"]",
                stored.get("enabledProjects").toString());
        assertEquals("customfield_10002", stored.get("storyPointsField").asText());
        assertEquals(0.75, stored.get("paceAtRisk").asDouble(), 0.0);
    }

    /** Enabling projects while administrators change other settings: every project and every change is kept. */
    @Test
    public void shouldKeepEveryProjectEnabledWhileSettingsChangeAtTheSameTime() throws Exception {
        for (int i = 0; i < 6; i++) {
            schema.project("P" + i);
        }
        List<HttpResponse<String>> answers = Concurrently.run(writers(12, i -> () -> {
            RestServer node = i % 2 == 0 ? nodeA : nodeB;
            return i < 6 ? node.post("/setup/projects/P" + i, "{}")
                    : node.put("/settings", "{\"staleDays\": " + (20 + i) + ", \"weightInProgress\": 0.5}");
        }));
        answers.forEach(answer -> assertEquals(answer.body(), 200, answer.statusCode()));

        JsonNode stored = ok(nodeA.get("/settings"), 200);
        assertEquals(stored.toString(), "[\"P0\",\"P1\",\"P2\",\"P3\",\"P4\",\"P5\"]",
                stored.get("enabledProjects").toString());
        assertEquals(0.5, stored.get("weightInProgress").asDouble(), 0.0);
        assertTrue(stored.toString(), stored.get("staleDays").asInt() >= 26);
    }

    @Test
    public void shouldApplyEveryOneOfManyPartialKeyResultChanges() throws Exception {
        List<String> changes = List.of("{\"weight\": 3}", "{\"kind\": \"story-points\"}",
                "{\"weightInProgress\": 0.5}", "{\"jql\": \"project = TEAM\"}", "{\"direction\": \"decrease\"}",
                "{\"weightDone\": 0.9}");
        Concurrently.run(writers(changes.size(), i -> () ->
                ok((i % 2 == 0 ? nodeA : nodeB).put("/keyresults/TEAM-1/settings", changes.get(i)), 200)));

        JsonNode stored = ok(nodeB.get("/keyresults/TEAM-1/settings"), 200);
        assertEquals(stored.toString(), 3.0, stored.get("weight").asDouble(), 0.0);
        assertEquals("story-points", stored.get("kind").asText());
        assertEquals(0.5, stored.get("weightInProgress").asDouble(), 0.0);
        assertEquals("project = TEAM", stored.get("jql").asText());
        assertEquals("decrease", stored.get("direction").asText());
        assertEquals(0.9, stored.get("weightDone").asDouble(), 0.0);
        assertEquals(1, rows(KeyResultSettingsEntity.class));
    }

    // ------------------------------------------------------------------ appends keep every entry

    @Test
    public void shouldKeepEveryOneOfManyCheckInsSentAtOnce() throws Exception {
        race(i -> ok((i % 2 == 0 ? nodeA : nodeB).post("/keyresults/TEAM-1/checkins", "{\"confidence\": "
                + (1 + i % 10) + ", \"note\": \"check-in " + i + "\", \"value\": " + i + "}"), 201));

        assertEquals(WRITERS, ok(nodeA.get("/keyresults/TEAM-1/checkins?limit=500"), 200).get("total").asInt());
        assertEquals(WRITERS, rows(CheckInEntity.class));
    }

    // ------------------------------------------------------------------ helpers

    /** Runs {@link #WRITERS} writers released at the same instant; each must succeed. */
    private void race(IntFunction<Object> writer) throws Exception {
        Concurrently.run(writers(WRITERS, i -> () -> writer.apply(i)));
    }

    private static <T> List<Callable<T>> writers(int count, IntFunction<Callable<T>> writer) {
        List<Callable<T>> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(writer.apply(i));
        }
        return all;
    }

    private static <T> List<Callable<T>> writers(IntFunction<Callable<T>> writer) {
        return writers(8, writer);
    }

    /** Writer {@code i} sends its PUT to one node or the other; it must succeed. */
    private JsonNode put(int i, String path, String body) {
        return ok((i % 2 == 0 ? nodeA : nodeB).put(path, body), 200);
    }

    /** A JSON value to compare: numbers by value ({@code 1} is {@code 1.0}), anything else by its JSON text. */
    private static Object value(JsonNode node) {
        return node.isNumber() ? (Object) node.doubleValue() : node.toString();
    }

    private int rows(Class<? extends RawEntity<Integer>> entity) {
        return ao.activeObjects().count(entity, Query.select());
    }
}
