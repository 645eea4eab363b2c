package dev.northstar.okr.reading;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.okr.checkin.CheckInResource;
import dev.northstar.okr.checkin.CheckInService;
import dev.northstar.okr.jira.JiraUserNames;
import dev.northstar.okr.rest.ErrorMapping;
import dev.northstar.okr.rest.Guard;
import dev.northstar.okr.rest.XsrfGuard;
import dev.northstar.okr.testing.JiraFixture.Role;
import dev.northstar.okr.testing.RestServer;
import org.junit.Rule;
import org.junit.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
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
 * The evidence since the last check-in and the check-ins themselves over real HTTP, on the read service's test world
 * with the app's real Jira adapters: the check-in service asks the read side what to record, as the app wires it.
 */
public class SinceLastCheckInResourceTest {
    private static final String SINCE = "/keyresults/AC-2/checkins/since";

    private final OkrWorld world = new OkrWorld().standard();
    private final Guard guard = new Guard(world.jira.access);
    private final List<String> written = new ArrayList<>();
    private final CheckInService checkIns = new CheckInService(world.store.checkIns, world.settings,
            new KeyResultCycles(world.issues.structure, world.store.objectives, world.store.cycles,
                    world.store.schema), new CheckInSubjects(world.service),
            (key, value) -> written.add(key + "=" + value), new JiraUserNames(world.jira.userManager), world.clock);

    @Rule
    public final RestServer server = new RestServer(new KeyResultReadResource(world.service, guard),
            new SinceLastCheckInResource(world.service, guard), new CheckInResource(checkIns, guard),
            new ErrorMapping(world.jira.texts), new XsrfGuard());

    @Test
    public void shouldShowTheEvidenceToEveryoneWhoMayBrowseTheKeyResult() {
        matrix(world.jira, statuses(ANONYMOUS, 401, OUTSIDER, 404, VIEWER, 200, MEMBER, 200, PROJECT_ADMIN, 200,
                JIRA_ADMIN, 200), () -> server.get(SINCE));
        world.jira.as(MEMBER);
        refused(server.get("/keyresults/AC-404/checkins/since"), 404, "issueKey", "okr.error.issueNotFound");
        refused(server.get("/keyresults/AC-10/checkins/since"), 404, "key", "okr.error.keyResultNotFound");
    }

    @Test
    public void shouldAnswerSinceTheCycleStartThenSinceTheCheckInMadeThroughTheApi() {
        world.jira.as(MEMBER);
        JsonNode first = ok(server.get(SINCE), 200);
        assertEquals("2015-07-01T00:00:00Z", first.get("since").asText());
        assertEquals("cycle-start", first.get("sinceBasis").asText());
        assertTrue(first.get("lastConfidence").isNull());
        assertEquals(0.0, first.get("progressThen").asDouble(), 0.0);
        assertEquals(0.75, first.get("progressNow").asDouble(), 0.0);
        assertEquals("[\"AC-11\",\"AC-12\",\"AC-14\"]", first.at("/completed/keys").toString());
        assertEquals(0, first.at("/completed/hidden").asInt());
        assertEquals("created", first.get("scopeBasis").asText());
        assertTrue("which issues left is not known", first.get("left").isNull());
        assertEquals("issue-count", first.get("kind").asText());
        assertEquals("none", first.get("valueUse").asText());

        ok(server.post("/keyresults/AC-2/checkins", "{\"confidence\": 6, \"note\": \"on plan\"}"), 201);
        world.clock.advance(Duration.ofDays(2));
        world.issues.issue("AC-13").done(OkrWorld.at("2015-08-16"));
        world.issueChanged("AC-13");
        world.issues.issue("AC-14").in("AC-99");
        world.issueChanged("AC-14");

        JsonNode since = ok(server.get(SINCE), 200);
        assertEquals("2015-08-15T00:00:00Z", since.get("since").asText());
        assertEquals("last-check-in", since.get("sinceBasis").asText());
        assertEquals("2015-08-17T00:00:00Z", since.get("until").asText());
        assertEquals(6, since.get("lastConfidence").asInt());
        assertEquals("member", since.get("lastAuthor").asText());
        assertEquals("recorded", since.get("scopeBasis").asText());
        assertEquals("[\"AC-13\"]", since.at("/completed/keys").toString());
        assertEquals("[]", since.at("/entered/keys").toString());
        assertEquals("[\"AC-14\"]", since.at("/left/keys").toString());
        assertEquals("AC-11 and AC-12 of AC-11, AC-12, AC-13 then", 2.0 / 3, since.get("progressThen").asDouble(),
                1e-12);
        assertEquals(1.0, since.get("progressNow").asDouble(), 0.0);
        assertEquals("the KR's own figure is the same", since.get("progressNow").asDouble(),
                ok(server.get("/keyresults/AC-2"), 200).at("/keyResult/progress").asDouble(), 0.0);
    }

    @Test
    public void shouldCountHiddenIssuesWithoutNamingThem() {
        world.jira.secure("AC-14").as(VIEWER);
        HttpResponse<String> response = server.get(SINCE);
        JsonNode since = ok(response, 200);
        assertEquals("[\"AC-11\",\"AC-12\"]", since.at("/completed/keys").toString());
        assertEquals(1, since.at("/completed/hidden").asInt());
        assertFalse(response.body(), response.body().contains("AC-14"));
    }

    @Test
    public void shouldRefuseAValueForAKeyResultThatIsNoMetricWithATranslated400NamingTheValue() {
        world.jira.as(MEMBER);
        JsonNode refusal = refused(server.post("/keyresults/AC-2/checkins", "{\"confidence\": 6, \"value\": 3}"),
                400, "value", "okr.error.checkInValueNotMetric");
        assertEquals("Key result AC-2 is not a metric: a check-in on it takes no value.",
                refusal.get("message").asText());
        world.jira.speaking(Locale.KOREAN);
        JsonNode korean = refused(server.post("/keyresults/AC-2/checkins", "{\"confidence\": 6, \"value\": 3}"),
                400, "value", "okr.error.checkInValueNotMetric");
        assertTrue(korean.get("message").asText(), korean.get("message").asText().contains("\uc9c0\ud45c"));
        refused(server.post("/keyresults/AC-3/checkins", "{\"confidence\": 6, \"value\": \"lots\"}"), 400, "value",
                "okr.error.json.type.number");
        refused(server.post("/keyresults/AC-3/checkins", "{\"confidence\": 6, \"value\": 1e16}"), 400, "value",
                "okr.error.valueTooLarge");
        assertEquals("nothing was stored", 0, world.store.checkIns.count("AC-2") + world.store.checkIns.count("AC-3"));
        assertTrue(written.isEmpty());
    }

    @Test
    public void shouldTakeAMetricsValueAndNameEachAuthorAsJiraShowsThem() {
        world.jira.as(MEMBER);
        JsonNode history = ok(server.post("/keyresults/AC-3/checkins", "{\"confidence\": 8, \"value\": 17.5}"), 201);
        assertEquals(List.of("AC-3=17.5"), written);
        JsonNode latest = history.at("/checkIns/0");
        assertEquals(17.5, latest.get("value").asDouble(), 0.0);
        assertEquals("member", latest.get("author").asText());
        assertEquals("MEMBER", latest.get("authorName").asText());

        world.store.checkIns.add(new dev.northstar.okr.domain.CheckIn("AC-3", 5, "", "gone-user",
                OkrWorld.at("2015-08-01")));
        JsonNode read = ok(server.get("/keyresults/AC-3/checkins"), 200);
        assertEquals("a user Jira no longer knows is shown by key", "gone-user",
                read.at("/checkIns/1/authorName").asText());
        JsonNode since = ok(server.get("/keyresults/AC-3/checkins/since"), 200);
        assertEquals("field", since.get("valueUse").asText());
        assertEquals("none", since.get("scopeBasis").asText());
        assertTrue(since.get("completed").isNull());
        assertEquals(8, since.get("lastConfidence").asInt());
    }

    @Test
    public void shouldStillServeTheCheckInsAndTheKeyResultBesideTheEvidence() {
        world.jira.as(Role.VIEWER);
        ok(server.get("/keyresults/AC-2/checkins"), 200);
        ok(server.get("/keyresults/AC-2"), 200);
        assertEquals(404, server.get("/keyresults/AC-2/checkins/since/more").statusCode());
    }
}
