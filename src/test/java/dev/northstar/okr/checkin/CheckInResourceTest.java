package dev.northstar.okr.checkin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.okr.rest.ErrorMapping;
import dev.northstar.okr.rest.Guard;
import dev.northstar.okr.rest.XsrfGuard;
import dev.northstar.okr.settings.SettingsService;
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
import java.time.Duration;
import java.time.Instant;

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

/** Check-in endpoints over real HTTP on a real database, with Jira's services mocked over the role matrix. */
public class CheckInResourceTest {
    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    private static final String CHECKINS = "/keyresults/TEAM-1/checkins";

    @Rule
    public final ActiveObjectsRule ao = new ActiveObjectsRule(TestDatabase.HSQLDB, CheckInEntity.class);
    private final JiraFixture jira = new JiraFixture();
    private final TestClock clock = new TestClock(MONDAY);
    private final CheckInRepository repository = new AoCheckInRepository(LazyActiveObjects.of(ao::activeObjects));
    /** Key results whose cycle is closed (as the read side answers it in the app). */
    private final java.util.Set<String> closed = new java.util.HashSet<>();
    private final CheckInService service = new CheckInService(repository, new SettingsService(jira.settingsStorage),
            key -> closed.contains(key) ? java.util.Optional.of("2015 Q3") : java.util.Optional.empty(), clock);

    @Rule
    public final RestServer server = new RestServer(new CheckInResource(service, new Guard(jira.access)),
            new ErrorMapping(jira.texts), new XsrfGuard());

    @Before
    public void declareIssues() {
        jira.issue("TEAM-1");
        jira.secure("TEAM-2");
    }

    private HttpResponse<String> checkIn(String path, int confidence) {
        return server.post(path, "{\"confidence\": " + confidence + ", \"note\": \"deal slipped\"}");
    }

    @Test
    public void shouldLetOnlyEditorsOfTheKrCheckInAndStoreNothingForOthers() {
        matrix(jira, statuses(ANONYMOUS, 401, OUTSIDER, 404, VIEWER, 403), () -> checkIn(CHECKINS, 7));
        assertEquals("a refused change stores nothing", 0, repository.count("TEAM-1"));

        matrix(jira, statuses(MEMBER, 201, PROJECT_ADMIN, 201, JIRA_ADMIN, 201), () -> checkIn(CHECKINS, 7));
        assertEquals(3, repository.count("TEAM-1"));
    }

    @Test
    public void shouldRefuseACheckInOnAKeyResultOfAClosedCycleWithATranslated409AndStoreNothing() {
        jira.as(MEMBER);
        ok(checkIn(CHECKINS, 7), 201);
        closed.add("TEAM-1");
        JsonNode refusal = refused(checkIn(CHECKINS, 6), 409, null, "okr.error.checkInCycleClosed");
        assertTrue(refusal.toString(), refusal.get("message").asText().contains("2015 Q3"));
        assertEquals("the closed cycle's history stays as it was", 1, repository.count("TEAM-1"));
        assertEquals(1, ok(server.get(CHECKINS), 200).get("total").asInt());
    }

    @Test
    public void shouldLetBrowsersReadTheHistory() {
        matrix(jira, statuses(ANONYMOUS, 401, OUTSIDER, 404, VIEWER, 200, MEMBER, 200, PROJECT_ADMIN, 200,
                JIRA_ADMIN, 200), () -> server.get(CHECKINS));
    }

    @Test
    public void shouldHideAnIssueUnderIssueSecurityExactlyLikeAMissingOne() {
        String secured = "/keyresults/TEAM-2/checkins";
        matrix(jira, statuses(VIEWER, 404, MEMBER, 404), () -> server.get(secured));
        matrix(jira, statuses(VIEWER, 404, MEMBER, 404), () -> checkIn(secured, 5));
        assertEquals(0, repository.count("TEAM-2"));
        matrix(jira, statuses(PROJECT_ADMIN, 201, JIRA_ADMIN, 201), () -> checkIn(secured, 5));

        jira.as(MEMBER);
        JsonNode hidden = refused(server.get(secured), 404, "issueKey", "okr.error.issueNotFound");
        JsonNode missing = refused(server.get("/keyresults/TEAM-404/checkins"), 404, "issueKey",
                "okr.error.issueNotFound");
        assertEquals(missing.get("message").asText().replace("TEAM-404", "TEAM-2"), hidden.get("message").asText());
    }

    @Test
    public void shouldAnswerADeletedIssueWith404AndStoreNothing() {
        jira.as(MEMBER);
        checkIn(CHECKINS, 6);
        jira.delete("TEAM-1");

        refused(server.get(CHECKINS), 404, "issueKey", "okr.error.issueNotFound");
        refused(checkIn(CHECKINS, 6), 404, "issueKey", "okr.error.issueNotFound");
        assertEquals(1, repository.count("TEAM-1"));
    }

    @Test
    public void shouldAnswerTheHistoryNewestFirstWithTheTrend() {
        jira.as(MEMBER);
        checkIn(CHECKINS, 8);
        clock.advance(Duration.ofDays(7));
        JsonNode created = ok(server.post(CHECKINS, "{\"confidence\": 5, \"note\": \"two deals slipped\"}"), 201);

        assertEquals(2, created.get("total").asInt());
        JsonNode latest = created.get("checkIns").get(0);
        assertEquals(5, latest.get("confidence").asInt());
        assertEquals("two deals slipped", latest.get("note").asText());
        assertEquals("member", latest.get("author").asText());
        assertEquals("2026-03-09T09:00:00Z", latest.get("time").asText());
        JsonNode trend = created.get("trend");
        assertEquals(5, trend.get("latest").asInt());
        assertEquals(-3, trend.get("change").asInt());
        assertEquals("down", trend.get("direction").asText());
        assertTrue(trend.get("dropped").asBoolean());
        assertFalse(trend.get("stale").asBoolean());
        assertEquals(14, trend.get("staleDays").asInt());

        clock.advance(Duration.ofDays(15));
        jira.as(VIEWER);
        JsonNode later = ok(server.get(CHECKINS + "?limit=1"), 200);
        assertEquals(1, later.get("checkIns").size());
        assertEquals(2, later.get("total").asInt());
        assertTrue(later.get("trend").get("stale").asBoolean());
        assertEquals(15, later.get("trend").get("daysSinceLastCheckIn").asInt());
    }

    @Test
    public void shouldAnswerAnEmptyHistoryWithoutATrend() {
        jira.as(VIEWER);
        JsonNode empty = ok(server.get(CHECKINS), 200);
        assertEquals(0, empty.get("total").asInt());
        assertTrue(empty.get("trend").get("latest").isNull());
        assertTrue(empty.get("trend").get("direction").isNull());
        assertFalse(empty.get("trend").get("stale").asBoolean());
    }

    @Test
    public void shouldRefuseBadConfidenceNamingTheFieldAndStoreNothing() {
        jira.as(MEMBER);
        refused(checkIn(CHECKINS, 0), 400, "confidence", "okr.error.outOfRange");
        refused(checkIn(CHECKINS, 11), 400, "confidence", "okr.error.outOfRange");
        refused(server.post(CHECKINS, "{\"confidence\": 7.5}"), 400, "confidence", "okr.error.json.type.integer");
        refused(server.post(CHECKINS, "{\"confidence\": \"7\"}"), 400, "confidence", "okr.error.json.type.integer");
        refused(server.post(CHECKINS, "{\"confidence\": 1e999}"), 400, "confidence", "okr.error.json.type.integer");
        refused(server.post(CHECKINS, "{\"confidence\": 99999999999}"), 400, "confidence",
                "okr.error.json.type.integer");
        refused(server.post(CHECKINS, "{\"confidence\": NaN}"), 400, null, "okr.error.json.malformed");
        refused(server.post(CHECKINS, "{\"note\": \"no score\"}"), 400, "confidence", "okr.error.required");
        refused(server.post(CHECKINS, "{\"confidence\": null}"), 400, "confidence", "okr.error.required");
        assertEquals(0, repository.count("TEAM-1"));
    }

    @Test
    public void shouldRefuseMalformedBodiesWrongNoteTypesAndHugeNotes() {
        jira.as(MEMBER);
        refused(server.post(CHECKINS, "{\"confidence\": 7"), 400, null, "okr.error.json.malformed");
        refused(server.post(CHECKINS, "[7]"), 400, null, "okr.error.json.objectExpected");
        refused(server.post(CHECKINS, ""), 400, null, "okr.error.json.empty");
        refused(server.post(CHECKINS, "{\"confidence\": 7, \"note\": 3}"), 400, "note", "okr.error.json.type.text");
        refused(server.post(CHECKINS, "{\"confidence\": 7, \"note\": \"" + "x".repeat(5000) + "\"}"), 400, "note",
                "okr.error.textTooLong");
        refused(server.post(CHECKINS, "{\"confidence\": 7, \"confidence\": 8}"), 400, null,
                "okr.error.json.malformed");
        assertEquals(0, repository.count("TEAM-1"));
    }

    @Test
    public void shouldStoreAReportedValueAndShowItInTheHistory() {
        jira.as(MEMBER);
        checkIn(CHECKINS, 8);
        clock.advance(Duration.ofDays(7));
        JsonNode created = ok(server.post(CHECKINS, "{\"confidence\": 6, \"note\": \"slower\", \"value\": 41.5}"),
                201);

        assertEquals(41.5, created.get("checkIns").get(0).get("value").asDouble(), 0.0);
        JsonNode without = created.get("checkIns").get(1);
        assertTrue("a check-in without a value shows null", without.has("value") && without.get("value").isNull());
        jira.as(VIEWER);
        assertEquals(41.5, ok(server.get(CHECKINS), 200).get("checkIns").get(0).get("value").asDouble(), 0.0);
        assertEquals(41.5, repository.latest("TEAM-1", 1).get(0).value(), 0.0);
    }

    @Test
    public void shouldRefuseAValueThatIsNoFiniteNumberNamingTheFieldAndStoreNothing() {
        jira.as(MEMBER);
        refused(server.post(CHECKINS, "{\"confidence\": 7, \"value\": \"12\"}"), 400, "value",
                "okr.error.json.type.number");
        refused(server.post(CHECKINS, "{\"confidence\": 7, \"value\": \"NaN\"}"), 400, "value",
                "okr.error.json.type.number");
        refused(server.post(CHECKINS, "{\"confidence\": 7, \"value\": [3]}"), 400, "value",
                "okr.error.json.type.number");
        refused(server.post(CHECKINS, "{\"confidence\": 7, \"value\": 1e999}"), 400, "value", "okr.error.notFinite");
        refused(server.post(CHECKINS, "{\"confidence\": 7, \"value\": -1e999}"), 400, "value", "okr.error.notFinite");
        refused(server.post(CHECKINS, "{\"confidence\": 7, \"value\": 1e300}"), 400, "value",
                "okr.error.valueTooLarge");
        refused(server.post(CHECKINS, "{\"confidence\": 7, \"value\": -1.5e15}"), 400, "value",
                "okr.error.valueTooLarge");
        // JSON has no NaN: a bare NaN is malformed JSON here as in every endpoint
        refused(server.post(CHECKINS, "{\"confidence\": 7, \"value\": NaN}"), 400, null, "okr.error.json.malformed");
        assertEquals(0, repository.count("TEAM-1"));
        ok(server.post(CHECKINS, "{\"confidence\": 7, \"value\": null}"), 201);
        assertEquals(null, repository.latest("TEAM-1", 1).get(0).value());
    }

    @Test
    public void shouldRefuseABadLimit() {
        jira.as(VIEWER);
        refused(server.get(CHECKINS + "?limit=0"), 400, "limit", "okr.error.outOfRange");
        refused(server.get(CHECKINS + "?limit=501"), 400, "limit", "okr.error.outOfRange");
        refused(server.get(CHECKINS + "?limit=ten"), 400, "limit", "okr.error.json.type.integer");
        refused(server.get(CHECKINS + "?limit=99999999999"), 400, "limit", "okr.error.json.type.integer");
    }

    @Test
    public void shouldRefuseACrossSiteCheckIn() {
        jira.as(MEMBER);
        HttpResponse<String> form = server.send(HttpRequest.newBuilder(server.uri(CHECKINS))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("confidence=1")));
        refused(form, 403, null, "okr.error.xsrf");
        assertEquals(0, repository.count("TEAM-1"));
    }
}
