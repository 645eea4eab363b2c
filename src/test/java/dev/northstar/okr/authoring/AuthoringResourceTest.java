package dev.northstar.okr.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.okr.cycle.StoredCycle;
import dev.northstar.okr.domain.Direction;
import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.keyresult.KeyResultSettings;
import dev.northstar.okr.objective.ObjectiveSettings;
import dev.northstar.okr.rest.ErrorMapping;
import dev.northstar.okr.rest.Guard;
import dev.northstar.okr.rest.XsrfGuard;
import dev.northstar.okr.testing.RestServer;
import org.junit.Rule;
import org.junit.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static dev.northstar.okr.authoring.AuthoringWorld.SCHEMA;
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
 * Creating an objective with its key results, a key result's values and the app's links, over real HTTP on a real
 * JAX-RS server, as each role of the permission matrix; Jira's issue and link services are an in-memory stand-in that
 * can refuse as Jira would (the adapter over Jira's services has its own tests).
 */
public class AuthoringResourceTest {
    private final AuthoringWorld world = new AuthoringWorld();

    @Rule
    public final RestServer server = new RestServer(
            new ObjectiveWritesResource(world.creation, world.links, new Guard(world.jira.access)),
            new KeyResultWritesResource(world.values, world.links, new Guard(world.jira.access)),
            new InitiativeWritesResource(world.links, new Guard(world.jira.access)),
            new ErrorMapping(world.jira.texts), new XsrfGuard());

    private String objective(String summary, String keyResults) {
        return "{\"project\": \"TEAM\", \"cycleId\": " + world.quarter.id() + ", \"summary\": \"" + summary + "\","
                + " \"owner\": \"Web team\", \"committed\": true, \"weight\": 2, \"keyResults\": " + keyResults + "}";
    }

    private static final String THREE = "[{\"summary\": \"Conversion from 2.1% to 3%\", \"kind\": \"metric\","
            + " \"start\": 2.1, \"target\": 3, \"unit\": \"%\", \"weight\": 2},"
            + " {\"summary\": \"Checkout shipped\", \"kind\": \"issue-count\"},"
            + " {\"summary\": \"Cut errors\", \"kind\": \"metric\", \"start\": 12, \"target\": 4}]";

    private HttpResponse<String> delete(String path) {
        return server.send(HttpRequest.newBuilder(server.uri(path)).DELETE().header("X-Atlassian-Token", "no-check"));
    }

    @Test
    public void shouldCreateTheObjectiveItsKeyResultsTheirLinksAndSettings() {
        world.jira.as(MEMBER);
        JsonNode created = ok(server.post("/objectives", objective("Make buying effortless", THREE)), 201);

        String objective = created.get("objective").get("key").asText();
        assertEquals("TEAM-100", objective);
        assertEquals(List.of("TEAM-101", "TEAM-102", "TEAM-103"), List.of(created.get("keyResults").get(0).get("key")
                .asText(), created.get("keyResults").get(1).get("key").asText(), created.get("keyResults").get(2)
                .get("key").asText()));
        assertEquals("metric", created.get("keyResults").get(0).get("kind").asText());
        assertEquals(world.quarter.id(), created.get("cycleId").asLong());
        AuthoringWorld.Writes jira = world.writes;
        assertEquals(SCHEMA.objectiveTypeId(), jira.types.get("TEAM-100"));
        assertEquals(SCHEMA.keyResultTypeId(), jira.types.get("TEAM-101"));
        assertEquals(List.of(FieldValue.number(SCHEMA.startFieldId(), 2.1), FieldValue.number(SCHEMA.targetFieldId(),
                3.0), FieldValue.number(SCHEMA.currentFieldId(), 2.1), FieldValue.text(SCHEMA.unitFieldId(), "%")),
                jira.values.get("TEAM-101"));
        assertEquals(List.of(), jira.values.get("TEAM-102"));
        // every issue validated by Jira before the first is created; each key result measures the objective
        assertEquals(List.of("check Make buying effortless", "check Conversion from 2.1% to 3%",
                "check Checkout shipped", "check Cut errors"), jira.calls.subList(0, 4));
        for (String kr : List.of("TEAM-101", "TEAM-102", "TEAM-103")) {
            assertTrue(jira.calls.contains("link " + kr + " " + SCHEMA.measuresLinkTypeId() + " TEAM-100 from " + kr));
        }
        ObjectiveSettings settings = world.stores.objectives.find("TEAM-100").orElseThrow();
        assertEquals(world.quarter.id(), settings.cycleId());
        assertTrue(settings.committed());
        assertEquals("Web team", settings.owner());
        assertEquals(2.0, settings.weight().value(), 0.0);
        KeyResultSettings conversion = world.stores.keyResults.find("TEAM-101").orElseThrow();
        assertEquals(KeyResultKind.METRIC, conversion.kind());
        assertEquals(Direction.INCREASE, conversion.goal().direction());
        assertEquals(2.0, conversion.weight().value(), 0.0);
        assertEquals(Direction.DECREASE, world.stores.keyResults.find("TEAM-103").orElseThrow().goal().direction());
        assertEquals(KeyResultKind.ISSUE_COUNT, world.stores.keyResults.find("TEAM-102").orElseThrow().kind());
    }

    @Test
    public void shouldLetOnlyThoseJiraLetsCreateIssuesCreateObjectives() {
        matrix(world.jira, statuses(ANONYMOUS, 401, OUTSIDER, 404, VIEWER, 403, MEMBER, 201, PROJECT_ADMIN, 201,
                JIRA_ADMIN, 201), () -> server.post("/objectives", objective("Grow", "[]")));
        world.jira.as(VIEWER);
        refused(server.post("/objectives", objective("Grow", "[]")), 403, "project", "okr.error.createRequired");
        world.jira.as(MEMBER);
        refused(server.post("/objectives", objective("Grow", "[]").replace("TEAM", "OTHER")), 409, "project",
                "okr.error.projectNotEnabled");
    }

    @Test
    public void shouldRefuseBadInputNamingTheFieldAndCreateNothing() {
        world.jira.as(MEMBER);
        refused(server.post("/objectives", objective(" ", "[]")), 400, "summary", "okr.error.required");
        refused(server.post("/objectives", objective("Grow", "[{\"summary\": \"a\"}, {\"summary\": \"b\","
                + " \"kind\": \"vibes\"}]")), 400, "keyResults[1].kind", "okr.error.unknownKind");
        refused(server.post("/objectives", objective("Grow", "[{\"summary\": \"a\", \"kind\": \"metric\","
                + " \"start\": 1}]")), 400, "keyResults[0].target", "okr.error.metricValuesMissing");
        refused(server.post("/objectives", objective("Grow", "[{\"summary\": \"a\", \"kind\": \"metric\","
                + " \"start\": 1, \"target\": 1}]")), 400, "keyResults[0].target", "okr.error.targetEqualsStart");
        refused(server.post("/objectives", objective("Grow", "[{\"summary\": \"a\", \"weight\": -1}]")), 400,
                "keyResults[0].weight", "okr.error.negativeWeight");
        refused(server.post("/objectives", objective("Grow", "[{\"summary\": \"\"}]")), 400,
                "keyResults[0].summary", "okr.error.required");
        refused(server.post("/objectives", objective("Grow", "[{\"summary\": \"a\", \"kind\": \"metric\","
                + " \"start\": 1e14, \"target\": 2}]")), 400, "keyResults[0].start", "okr.error.valueTooLarge");
        refused(server.post("/objectives", objective("Grow", "[{}, {}, {}, {}, {}, {}]".replace("{}",
                "{\"summary\": \"x\"}"))), 400, "keyResults", "okr.error.tooManyKeyResults");
        refused(server.post("/objectives", objective("Grow", "\"none\"")), 400, "keyResults",
                "okr.error.json.type.objects");
        refused(server.post("/objectives", objective("Grow", "[]").replace("\"cycleId\": " + world.quarter.id(),
                "\"cycleId\": 99")), 400, "cycleId", "okr.error.cycleNotFound");
        refused(server.post("/objectives", "{\"summary\": \"x\"}"), 400, "project", "okr.error.required");
        refused(server.post("/objectives", "{\"project\": "), 400, null, "okr.error.json.malformed");
        assertEquals(List.of(), world.writes.calls);
        assertTrue(world.writes.types.keySet().stream().noneMatch(k -> k.startsWith("TEAM-1") && k.length() > 6));
    }

    @Test
    public void shouldRefuseAClosedCycle() {
        world.stores.cycles.change(world.quarter.id(), c -> new StoredCycle(c.id(), c.cycle(), c.projectKey(),
                Instant.parse("2026-10-02T00:00:00Z")));
        world.jira.as(MEMBER);
        refused(server.post("/objectives", objective("Grow", "[]")), 409, "cycleId", "okr.error.cycleClosed");
    }

    @Test
    public void shouldAnswerJirasRefusalInJirasWordsBeforeCreatingAnything() {
        world.writes.refuseSummary = s -> s.equals("Cut errors");
        world.jira.as(MEMBER);
        JsonNode body = refused(server.post("/objectives", objective("Grow", THREE)), 400, "keyResults[2].summary",
                "okr.error.jira.refused");
        assertEquals("Jira says: no.", body.get("message").asText());
        assertTrue(world.writes.calls.stream().noneMatch(c -> c.startsWith("create")));
    }

    @Test
    public void shouldDeleteWhatItMadeWhenJiraRefusesALaterStep() {
        world.writes.refuseLinkFrom = key -> key.equals("TEAM-102");
        world.jira.as(MEMBER);
        JsonNode body = refused(server.post("/objectives", objective("Grow", THREE)), 400, "keyResults[1]",
                "okr.error.jira.refused");
        assertEquals("Jira will not link that.", body.get("message").asText());
        assertEquals(List.of("delete TEAM-103", "delete TEAM-102", "delete TEAM-101", "delete TEAM-100"),
                world.writes.calls.stream().filter(c -> c.startsWith("delete")).toList());
        assertFalse(world.writes.types.containsKey("TEAM-100"));
        assertTrue(world.writes.links.stream().noneMatch(l -> l.destinationKey().equals("TEAM-100")));
        assertTrue(world.stores.objectives.find("TEAM-100").isEmpty());
        assertTrue(world.stores.keyResults.find("TEAM-101").isEmpty());
    }

    @Test
    public void shouldNameWhatItKeptWhenJiraRefusesToDeleteItToo() {
        world.writes.refuseLinkFrom = key -> key.equals("TEAM-102");
        world.writes.refuseDelete = true;
        world.jira.as(MEMBER);
        JsonNode body = refused(server.post("/objectives", objective("Grow", THREE)), 409, "keyResults[1]",
                "okr.error.authoring.partial");
        String message = body.get("message").asText();
        assertTrue(message, message.startsWith("Jira will not link that."));
        assertTrue(message, message.contains("TEAM-100, TEAM-101, TEAM-102, TEAM-103"));
    }

    @Test
    public void shouldRefuseAStateChangeFromAnotherSite() {
        world.jira.as(MEMBER);
        HttpResponse<String> form = server.send(HttpRequest.newBuilder(server.uri("/objectives"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(objective("x", "[]"))));
        refused(form, 403, null, "okr.error.xsrf");
        refused(server.send(HttpRequest.newBuilder(server.uri("/objectives/TEAM-2/parent")).DELETE()), 403, null,
                "okr.error.xsrf");
        assertEquals(List.of(), world.writes.calls);
    }

    @Test
    public void shouldWriteAKeyResultsValuesToItsOwnFields() {
        matrix(world.jira, statuses(ANONYMOUS, 401, OUTSIDER, 404, VIEWER, 403, MEMBER, 204),
                () -> server.put("/keyresults/TEAM-3/values", "{\"current\": 15, \"unit\": null, \"start\": null}"));
        assertEquals(List.of(FieldValue.number(SCHEMA.startFieldId(), null),
                FieldValue.number(SCHEMA.currentFieldId(), 15.0), FieldValue.text(SCHEMA.unitFieldId(), null)),
                world.writes.values.get("TEAM-3"));
        refused(server.put("/keyresults/TEAM-2/values", "{\"current\": 1}"), 404, "key",
                "okr.error.keyResultNotFound");
        refused(server.put("/keyresults/TEAM-3/values", "{}"), 400, null, "okr.error.values.none");
        refused(server.put("/keyresults/TEAM-3/values", "{\"target\": \"ten\"}"), 400, "target",
                "okr.error.json.type.number");
        refused(server.put("/keyresults/TEAM-3/values", "{\"target\": 1e14}"), 400, "target",
                "okr.error.valueTooLarge");
        world.writes.refuseUpdate = Written.refused(Written.Refusal.INVALID, List.of(),
                java.util.Map.of(SCHEMA.currentFieldId(), "'15' ist keine gültige Zahl"));
        JsonNode body = refused(server.put("/keyresults/TEAM-3/values", "{\"current\": 15}"), 400, "current",
                "okr.error.jira.refused");
        assertEquals("'15' ist keine gültige Zahl", body.get("message").asText());
        world.writes.refuseUpdate = Written.refused(Written.Refusal.FORBIDDEN,
                List.of("You do not have permission to edit issues in this project."), java.util.Map.of());
        refused(server.put("/keyresults/TEAM-3/values", "{\"current\": 15}"), 403, "current",
                "okr.error.jira.refused");
    }

    @Test
    public void shouldAlignAnObjectiveToItsParentAndLetGo() {
        world.jira.as(VIEWER);
        refused(server.post("/objectives/TEAM-2/parent", "{\"parent\": \"TEAM-1\"}"), 403, "key",
                "okr.error.linkRequired");
        world.jira.as(MEMBER);
        JsonNode aligned = ok(server.post("/objectives/TEAM-2/parent", "{\"parent\": \"team-1\"}"), 200);
        assertEquals("TEAM-1", aligned.get("parent").asText());
        assertEquals("link TEAM-2 " + SCHEMA.alignsLinkTypeId() + " TEAM-1 from TEAM-2",
                world.writes.calls.get(world.writes.calls.size() - 1));
        int calls = world.writes.calls.size();
        ok(server.post("/objectives/TEAM-2/parent", "{\"parent\": \"TEAM-1\"}"), 200);
        assertEquals("aligned already: nothing asked of Jira", calls, world.writes.calls.size());

        refused(server.post("/objectives/TEAM-1/parent", "{\"parent\": \"TEAM-2\"}"), 400, "parent",
                "okr.error.parentCycle");
        refused(server.post("/objectives/TEAM-2/parent", "{\"parent\": \"TEAM-2\"}"), 400, "parent",
                "okr.error.parentCycle");
        refused(server.post("/objectives/TEAM-2/parent", "{\"parent\": \"TEAM-3\"}"), 400, "parent",
                "okr.error.parentNotObjective");
        world.writes.type("TEAM-5", SCHEMA.objectiveTypeId());
        JsonNode taken = refused(server.post("/objectives/TEAM-2/parent", "{\"parent\": \"TEAM-5\"}"), 409, "parent",
                "okr.error.alreadyAligned");
        assertTrue(taken.get("message").asText().contains("TEAM-1"));
        refused(server.post("/objectives/TEAM-3/parent", "{\"parent\": \"TEAM-1\"}"), 404, "key",
                "okr.error.objectiveNotFound");
        refused(server.post("/objectives/TEAM-2/parent", "{\"parent\": \"TEAM-404\"}"), 404, "parent",
                "okr.error.issueNotFound");

        refused(delete("/objectives/TEAM-1/children/TEAM-5"), 404, "childKey", "okr.error.notAligned");
        assertEquals(204, delete("/objectives/TEAM-1/children/TEAM-2").statusCode());
        assertEquals("unlink TEAM-2 " + SCHEMA.alignsLinkTypeId() + " TEAM-1 from TEAM-1",
                world.writes.calls.get(world.writes.calls.size() - 1));
        ok(server.post("/objectives/TEAM-2/parent", "{\"parent\": \"TEAM-5\"}"), 200);
        assertEquals(204, delete("/objectives/TEAM-2/parent").statusCode());
        assertTrue(world.writes.links.stream().noneMatch(l -> l.linkTypeId() == SCHEMA.alignsLinkTypeId()));
    }

    @Test
    public void shouldLinkAnInitiativeFromEitherSide() {
        world.jira.as(MEMBER);
        JsonNode linked = ok(server.post("/keyresults/TEAM-3/initiatives", "{\"issueKey\": \"TEAM-4\"}"), 200);
        assertEquals("TEAM-4", linked.get("initiative").asText());
        assertEquals("link TEAM-4 " + SCHEMA.drivesLinkTypeId() + " TEAM-3 from TEAM-3",
                world.writes.calls.get(world.writes.calls.size() - 1));
        assertEquals(204, delete("/keyresults/TEAM-3/initiatives/TEAM-4").statusCode());
        assertEquals("unlink TEAM-4 " + SCHEMA.drivesLinkTypeId() + " TEAM-3 from TEAM-3",
                world.writes.calls.get(world.writes.calls.size() - 1));

        ok(server.post("/initiatives/TEAM-4/keyresults", "{\"keyResult\": \"TEAM-3\"}"), 200);
        assertEquals("link TEAM-4 " + SCHEMA.drivesLinkTypeId() + " TEAM-3 from TEAM-4",
                world.writes.calls.get(world.writes.calls.size() - 1));
        assertEquals(204, delete("/initiatives/TEAM-4/keyresults/TEAM-3").statusCode());

        refused(server.post("/keyresults/TEAM-3/initiatives", "{\"issueKey\": \"TEAM-3\"}"), 400, "issueKey",
                "okr.error.initiativeIsKeyResult");
        refused(server.post("/keyresults/TEAM-3/initiatives", "{\"issueKey\": \"TEAM-1\"}"), 400, "issueKey",
                "okr.error.initiativeIsOkr");
        refused(server.post("/initiatives/TEAM-4/keyresults", "{\"keyResult\": \"TEAM-1\"}"), 404, "keyResult",
                "okr.error.keyResultNotFound");
        world.jira.secure("TEAM-4");
        refused(server.post("/keyresults/TEAM-3/initiatives", "{\"issueKey\": \"TEAM-4\"}"), 404, "issueKey",
                "okr.error.issueNotFound");
        world.jira.as(VIEWER);
        refused(server.post("/keyresults/TEAM-3/initiatives", "{\"issueKey\": \"TEAM-1\"}"), 403, "key",
                "okr.error.linkRequired");
        world.jira.as(MEMBER);
        world.writes.refuseLinkFrom = key -> true;
        world.jira.speaking(Locale.KOREAN);
        JsonNode jira = refused(server.post("/initiatives/TEAM-2/keyresults", "{\"keyResult\": \"TEAM-3\"}"), 400,
                "key", "okr.error.initiativeIsOkr");
        assertFalse("translated", jira.get("message").asText().startsWith("TEAM-2 is"));
    }
}
