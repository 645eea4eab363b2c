package dev.northstar.okr.cycle;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.okr.domain.Weight;
import dev.northstar.okr.grade.AoGradeRepository;
import dev.northstar.okr.grade.Grade;
import dev.northstar.okr.grade.GradeEntity;
import dev.northstar.okr.grade.GradeRepository;
import dev.northstar.okr.grade.GradesInCycles;
import dev.northstar.okr.objective.AoObjectiveSettingsRepository;
import dev.northstar.okr.objective.ObjectiveSettings;
import dev.northstar.okr.objective.ObjectiveSettingsEntity;
import dev.northstar.okr.objective.ObjectiveSettingsRepository;
import dev.northstar.okr.objective.ObjectivesInCycles;
import dev.northstar.okr.rest.ErrorMapping;
import dev.northstar.okr.rest.Guard;
import dev.northstar.okr.rest.XsrfGuard;
import dev.northstar.okr.testing.ActiveObjectsRule;
import dev.northstar.okr.testing.JiraFixture;
import dev.northstar.okr.testing.LazyActiveObjects;
import dev.northstar.okr.testing.RestServer;
import dev.northstar.okr.testing.TestClock;
import dev.northstar.okr.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static dev.northstar.okr.testing.JiraFixture.Role.ANONYMOUS;
import static dev.northstar.okr.testing.JiraFixture.Role.JIRA_ADMIN;
import static dev.northstar.okr.testing.JiraFixture.Role.MEMBER;
import static dev.northstar.okr.testing.JiraFixture.Role.OUTSIDER;
import static dev.northstar.okr.testing.JiraFixture.Role.PROJECT_ADMIN;
import static dev.northstar.okr.testing.JiraFixture.Role.VIEWER;
import static dev.northstar.okr.testing.RestAssert.matrix;
import static dev.northstar.okr.testing.RestAssert.ok;
import static dev.northstar.okr.testing.RestAssert.refused;
import static dev.northstar.okr.testing.RestAssert.statuses;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * {@code DELETE /cycles/{id}} over real HTTP on a real database, with what other features place in cycles stored
 * there too (objectives, grades): who may delete which cycle, and the refusal naming what is placed in it.
 */
public class CycleDeleteResourceTest {
    private static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");
    private static final String Q1_GLOBAL =
            "{\"name\": \"2026 Q1\", \"start\": \"2026-01-01\", \"end\": \"2026-03-31\", \"project\": null}";
    private static final String Q1_TEAM =
            "{\"name\": \"Team Q1\", \"start\": \"2026-01-01\", \"end\": \"2026-03-31\", \"project\": \"TEAM\"}";

    @Rule
    public final ActiveObjectsRule ao = new ActiveObjectsRule(TestDatabase.HSQLDB, CycleEntity.class,
            ObjectiveSettingsEntity.class, GradeEntity.class);
    private final JiraFixture jira = new JiraFixture();
    private final TestClock clock = new TestClock(NOW);
    private final CycleRepository repository = new AoCycleRepository(LazyActiveObjects.of(ao::activeObjects));
    private final ObjectiveSettingsRepository objectives =
            new AoObjectiveSettingsRepository(LazyActiveObjects.of(ao::activeObjects));
    private final GradeRepository grades = new AoGradeRepository(LazyActiveObjects.of(ao::activeObjects));
    private final CycleService service = new CycleService(repository, jira.access,
            List.of(new ObjectivesInCycles(objectives), new GradesInCycles(grades)), clock);

    @Rule
    public final RestServer server = new RestServer(new CycleResource(service, new Guard(jira.access)),
            new ErrorMapping(jira.texts), new XsrfGuard());

    @Before
    public void declareProjects() {
        jira.project("TEAM");
        jira.project("OTHER");
    }

    private long create(String body) {
        jira.as(JIRA_ADMIN);
        return ok(server.post("/cycles", body), 201).get("id").asLong();
    }

    private HttpResponse<String> delete(long id) {
        return server.send(HttpRequest.newBuilder(server.uri("/cycles/" + id)).header("Content-Type",
                "application/json").header("Accept", "application/json").method("DELETE",
                HttpRequest.BodyPublishers.ofString("{}")));
    }

    private void place(String objective, long cycle) {
        jira.issue(objective);
        objectives.save(new ObjectiveSettings(objective, cycle, false, Weight.ONE, "Team"));
    }

    @Test
    public void shouldLetProjectAdminsDeleteTheirProjectsCyclesAndAnswer204() {
        long team = create(Q1_TEAM);
        matrix(jira, statuses(ANONYMOUS, 401, OUTSIDER, 404, VIEWER, 403, MEMBER, 403), () -> delete(team));
        assertTrue("a refused delete deletes nothing", repository.get(team).isPresent());

        jira.as(PROJECT_ADMIN);
        HttpResponse<String> deleted = delete(team);
        assertEquals(deleted.body(), 204, deleted.statusCode());
        assertTrue(repository.get(team).isEmpty());
        refused(server.get("/cycles/" + team), 404, "id", "okr.error.cycleNotFound");
        refused(delete(team), 404, "id", "okr.error.cycleNotFound");
        refused(server.put("/cycles/" + team, "{\"name\": \"Gone\"}"), 404, "id", "okr.error.cycleNotFound");
    }

    @Test
    public void shouldLetOnlyJiraAdminsDeleteAGlobalCycle() {
        long global = create(Q1_GLOBAL);
        matrix(jira, statuses(ANONYMOUS, 401, OUTSIDER, 403, VIEWER, 403, MEMBER, 403, PROJECT_ADMIN, 403),
                () -> delete(global));
        jira.as(PROJECT_ADMIN);
        refused(delete(global), 403, null, "okr.error.adminRequired");
        assertTrue(repository.get(global).isPresent());
        jira.as(JIRA_ADMIN);
        assertEquals(204, delete(global).statusCode());
        assertTrue(repository.get(global).isEmpty());
    }

    @Test
    public void shouldRefuseToDeleteACycleWithObjectivesPlacedInItNamingThem() {
        long team = create(Q1_TEAM);
        long other = create(Q1_TEAM.replace("Team Q1", "Team Q2"));
        place("TEAM-10", team);
        place("TEAM-9", team);
        place("OTHER-1", team);
        place("TEAM-11", other);

        jira.as(PROJECT_ADMIN);
        JsonNode refusal = refused(delete(team), 409, null, "okr.error.cycleInUse");
        assertEquals("Cycle \"Team Q1\" cannot be deleted while objectives are placed in it: OTHER-1, TEAM-9, TEAM-10."
                + " Place them in another cycle first.", refusal.get("message").asText());
        assertTrue("nothing is deleted", repository.get(team).isPresent());

        jira.speaking(Locale.KOREAN);
        String korean = refused(delete(team), 409, null, "okr.error.cycleInUse").get("message").asText();
        assertTrue(korean, korean.startsWith("\uc8fc\uae30 \"Team Q1\"") && korean.contains("OTHER-1, TEAM-9, TEAM-10"));

        // moved elsewhere, nothing is left in it
        for (String key : List.of("TEAM-10", "TEAM-9", "OTHER-1")) {
            objectives.save(new ObjectiveSettings(key, other, false, Weight.ONE, "Team"));
        }
        assertEquals(204, delete(team).statusCode());
        assertTrue(repository.get(other).isPresent());
    }

    @Test
    public void shouldKeepAGradedCycleAsItsRecordAndDeleteAClosedOneThatHoldsNothing() {
        long graded = create(Q1_TEAM);
        long empty = create(Q1_TEAM.replace("Team Q1", "Empty"));
        jira.as(PROJECT_ADMIN);
        ok(server.post("/cycles/" + graded + "/close", "{}"), 200);
        ok(server.post("/cycles/" + empty + "/close", "{}"), 200);
        grades.save(new Grade(graded, "TEAM-5", 0.7, "about right", "admin", NOW));
        grades.save(new Grade(graded, "TEAM-6", 1.0, "", "admin", NOW));

        JsonNode refusal = refused(delete(graded), 409, null, "okr.error.cycleGraded");
        assertEquals("Cycle \"Team Q1\" cannot be deleted: it holds 2 grades given at its close, kept as its record.",
                refusal.get("message").asText());
        assertEquals(204, delete(empty).statusCode());
        assertTrue(repository.get(graded).isPresent());
        assertTrue(repository.get(empty).isEmpty());
    }

    @Test
    public void shouldDeleteWithTheXsrfHeaderAndNoBodyAndRefuseACrossSiteDelete() {
        long first = create(Q1_GLOBAL);
        long second = create(Q1_GLOBAL);
        HttpResponse<String> forged = server.send(HttpRequest.newBuilder(server.uri("/cycles/" + first))
                .method("DELETE", HttpRequest.BodyPublishers.noBody()));
        refused(forged, 403, null, "okr.error.xsrf");
        HttpResponse<String> otherSite = server.send(HttpRequest.newBuilder(server.uri("/cycles/" + first))
                .header("Content-Type", "application/json").header("Origin", "https://evil.example")
                .method("DELETE", HttpRequest.BodyPublishers.ofString("{}")));
        refused(otherSite, 403, null, "okr.error.xsrf");
        assertTrue(repository.get(first).isPresent());

        HttpResponse<String> deleted = server.send(HttpRequest.newBuilder(server.uri("/cycles/" + first))
                .header("X-Atlassian-Token", "no-check").DELETE());
        assertEquals(deleted.body(), 204, deleted.statusCode());
        assertEquals(204, delete(second).statusCode());
        assertFalse(repository.get(second).isPresent());
    }

    @Test
    public void shouldAnswerUnknownCyclesWith404() {
        jira.as(JIRA_ADMIN);
        for (String id : List.of("42", "abc", "-1", "0", "99999999999999999999")) {
            refused(server.send(HttpRequest.newBuilder(server.uri("/cycles/" + id))
                    .header("X-Atlassian-Token", "no-check").DELETE()), 404, "id", "okr.error.cycleNotFound");
        }
    }
}
