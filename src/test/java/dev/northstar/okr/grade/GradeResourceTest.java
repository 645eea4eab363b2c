package dev.northstar.okr.grade;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.okr.cycle.CycleRepository;
import dev.northstar.okr.cycle.CycleService;
import dev.northstar.okr.cycle.StoredCycle;
import dev.northstar.okr.domain.Cycle;
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

import java.time.Instant;
import java.util.List;
import java.util.Optional;

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
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Grade endpoints over real HTTP, grades on a real database, over the role matrix. */
public class GradeResourceTest {
    private static final Instant Q1 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant Q2 = Instant.parse("2026-04-01T00:00:00Z");
    private static final long CLOSED = 7;
    private static final long OPEN = 8;
    private static final long HIDDEN = 9;
    private static final String GRADE = "/cycles/7/grades/TEAM-1";
    private static final String SCORE = "{\"score\": 0.7, \"note\": \"target was about right\"}";

    @Rule
    public final ActiveObjectsRule ao = new ActiveObjectsRule(TestDatabase.HSQLDB, GradeEntity.class);
    private final JiraFixture jira = new JiraFixture();
    private final TestClock clock = new TestClock(Q2);
    private final GradeRepository grades = new AoGradeRepository(LazyActiveObjects.of(ao::activeObjects));
    private final CycleRepository cycles = mock(CycleRepository.class);

    @Rule
    public final RestServer server = new RestServer(new GradeResource(new GradeService(grades, clock),
            new CycleService(cycles, jira.access), new Guard(jira.access)),
            new ErrorMapping(jira.texts), new XsrfGuard());

    @Before
    public void declare() {
        jira.issue("TEAM-1");
        jira.issue("TEAM-3");
        jira.secure("TEAM-2");
        when(cycles.get(anyLong())).thenReturn(Optional.empty());
        cycle(CLOSED, "TEAM", Q2);
        cycle(OPEN, null, null);
        cycle(HIDDEN, "GONE", Q2);
    }

    private void cycle(long id, String project, Instant closedAt) {
        when(cycles.get(id)).thenReturn(Optional.of(new StoredCycle(id, new Cycle("Cycle " + id, Q1, Q2), project,
                closedAt)));
    }

    @Test
    public void shouldLetOnlyEditorsOfTheIssueGradeAndStoreNothingForOthers() {
        matrix(jira, statuses(ANONYMOUS, 401, OUTSIDER, 404, VIEWER, 403), () -> server.put(GRADE, SCORE));
        assertEquals("a refused change stores nothing", List.of(), grades.inCycle(CLOSED));
        matrix(jira, statuses(MEMBER, 200, PROJECT_ADMIN, 200, JIRA_ADMIN, 200), () -> server.put(GRADE, SCORE));

        JsonNode grade = ok(server.put(GRADE, "{\"score\": 1}"), 200);
        assertEquals(7, grade.get("cycleId").asLong());
        assertEquals("TEAM-1", grade.get("issueKey").asText());
        assertEquals(1.0, grade.get("score").asDouble(), 0.0);
        assertEquals("", grade.get("note").asText());
        assertEquals("jira_admin", grade.get("gradedBy").asText());
        assertEquals(Q2.toString(), grade.get("gradedAt").asText());
        assertEquals("a re-grade replaces", 1, grades.inCycle(CLOSED).size());
    }

    @Test
    public void shouldRefuseToGradeWhileTheCycleIsOpen() {
        jira.as(JIRA_ADMIN);
        refused(server.put("/cycles/8/grades/TEAM-1", SCORE), 409, null, "okr.error.cycleOpen");
        assertEquals(List.of(), grades.inCycle(OPEN));
    }

    @Test
    public void shouldAnswerUnknownAndHiddenCyclesAndIssuesWith404() {
        jira.as(JIRA_ADMIN);
        for (String id : List.of("42", "9", "x", "-7")) {
            refused(server.put("/cycles/" + id + "/grades/TEAM-1", SCORE), 404, "id", "okr.error.cycleNotFound");
            refused(server.get("/cycles/" + id + "/grades"), 404, "id", "okr.error.cycleNotFound");
        }
        refused(server.put("/cycles/7/grades/NOPE-1", SCORE), 404, "issueKey", "okr.error.issueNotFound");
        jira.delete("TEAM-3");
        refused(server.put("/cycles/7/grades/TEAM-3", SCORE), 404, "issueKey", "okr.error.issueNotFound");
        matrix(jira, statuses(VIEWER, 404, MEMBER, 404), () -> server.put("/cycles/7/grades/TEAM-2", SCORE));
        matrix(jira, statuses(OUTSIDER, 404), () -> server.get("/cycles/7/grades"));
        assertEquals(List.of(), grades.inCycle(CLOSED));
    }

    @Test
    public void shouldListOnlyGradesOfIssuesTheCallerMayBrowse() {
        jira.as(JIRA_ADMIN);
        ok(server.put(GRADE, SCORE), 200);
        ok(server.put("/cycles/7/grades/TEAM-2", "{\"score\": 0.3}"), 200);

        matrix(jira, statuses(ANONYMOUS, 401, OUTSIDER, 404, VIEWER, 200, MEMBER, 200, PROJECT_ADMIN, 200,
                JIRA_ADMIN, 200), () -> server.get("/cycles/7/grades"));
        jira.as(VIEWER);
        JsonNode seen = ok(server.get("/cycles/7/grades"), 200);
        assertEquals(1, seen.get("grades").size());
        assertEquals("TEAM-1", seen.get("grades").get(0).get("issueKey").asText());
        assertFalse("a hidden issue is not named", seen.toString().contains("TEAM-2"));
        jira.as(PROJECT_ADMIN);
        assertEquals(2, ok(server.get("/cycles/7/grades"), 200).get("grades").size());
    }

    @Test
    public void shouldRefuseBadScoresAndNotesNamingTheFieldAndStoreNothing() {
        jira.as(MEMBER);
        refused(server.put(GRADE, "{\"score\": 1.1}"), 400, "score", "okr.error.outOfRange");
        refused(server.put(GRADE, "{\"score\": -0.1}"), 400, "score", "okr.error.outOfRange");
        refused(server.put(GRADE, "{\"score\": 1e999}"), 400, "score", "okr.error.notFinite");
        refused(server.put(GRADE, "{\"score\": NaN}"), 400, null, "okr.error.json.malformed");
        refused(server.put(GRADE, "{\"score\": \"0.7\"}"), 400, "score", "okr.error.json.type.number");
        refused(server.put(GRADE, "{\"note\": \"no score\"}"), 400, "score", "okr.error.required");
        refused(server.put(GRADE, "{\"score\": 0.5, \"note\": [1]}"), 400, "note", "okr.error.json.type.text");
        refused(server.put(GRADE, "{\"score\": 0.5, \"note\": \"" + "x".repeat(5000) + "\"}"), 400, "note",
                "okr.error.textTooLong");
        refused(server.put(GRADE, "{\"score\": 0.5"), 400, null, "okr.error.json.malformed");
        refused(server.put(GRADE, ""), 400, null, "okr.error.json.empty");
        assertEquals(List.of(), grades.inCycle(CLOSED));
    }
}
