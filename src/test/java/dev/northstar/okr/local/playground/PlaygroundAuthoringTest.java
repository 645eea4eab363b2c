package dev.northstar.okr.local.playground;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The writes end to end on the playground, over HTTP: the app's REST resources, services and Jira adapter on the
 * simulated Jira, and then the read API reporting what was written (the cache dropped what each write changed): a
 * team lead creates an objective with two key results in a project an administrator has just enabled, moves the
 * metric (with its history, so figures as of before the move keep the old value), links an initiative to the other
 * key result, rates and unlinks it on the path the rating shares, and aligns the objective to the company's.
 */
public class PlaygroundAuthoringTest {
    @ClassRule
    public static final RunningPlayground PLAYGROUND = new RunningPlayground();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REST = Playground.REST;

    private static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertEquals(response.body(), status, response.statusCode());
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> put(String path, String as, String body) {
        return PLAYGROUND.send(PLAYGROUND.request(path, as, "en").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> delete(String path, String as) {
        return PLAYGROUND.send(PLAYGROUND.request(path, as, "en").header("X-Atlassian-Token", "no-check").DELETE());
    }

    @Test
    public void shouldWriteAQuarterThroughTheRestApiAndReadItBack() throws Exception {
        long cycle = json(PLAYGROUND.get(REST + "/cycles?project=OKR", "lead"), 200).get("cycles").get(0).get("id")
                .asLong();
        String body = "{\"project\": \"SHOP\", \"cycleId\": " + cycle + ", \"summary\": \"Grow the shop\","
                + " \"owner\": \"Web shop team\", \"keyResults\": [{\"summary\": \"Stores from 10 to 20\","
                + " \"kind\": \"metric\", \"start\": 10, \"target\": 20, \"unit\": \"stores\"},"
                + " {\"summary\": \"Checkout shipped\", \"kind\": \"issue-count\"}]}";
        assertEquals("OKRs are not enabled in SHOP yet", 409,
                PLAYGROUND.postJson(REST + "/objectives", "lead", body).statusCode());
        json(PLAYGROUND.send(PLAYGROUND.request(REST + "/setup/projects/SHOP", "admin", "en")
                .header("X-Atlassian-Token", "no-check").POST(HttpRequest.BodyPublishers.noBody())), 200);
        JsonNode refused = json(PLAYGROUND.postJson(REST + "/objectives", "viewer", body), 403);
        assertEquals("okr.error.createRequired", refused.get("key").asText());

        JsonNode created = json(PLAYGROUND.postJson(REST + "/objectives", "lead", body), 201);
        String objective = created.get("objective").get("key").asText();
        String metric = created.get("keyResults").get(0).get("key").asText();
        String count = created.get("keyResults").get(1).get("key").asText();
        assertTrue(objective, objective.startsWith("SHOP-"));

        JsonNode tree = json(PLAYGROUND.get(REST + "/cycles/" + cycle + "/objectives?project=SHOP", "lead"), 200);
        JsonNode shown = tree.get("objectives").get(0);
        assertEquals(objective, shown.get("key").asText());
        assertEquals("Web shop team", shown.get("owner").asText());
        assertEquals(2, shown.get("keyResults").size());
        JsonNode before = json(PLAYGROUND.get(REST + "/keyresults/" + metric, "lead"), 200).get("keyResult");
        assertEquals(10.0, before.get("metric").get("value").asDouble(), 0.0);
        assertEquals("stores", before.get("metric").get("unit").asText());
        assertEquals(0.0, before.get("progress").asDouble(), 1e-9);

        Thread.sleep(30);
        Instant between = Instant.now();
        Thread.sleep(30);
        assertEquals(204, put(REST + "/keyresults/" + metric + "/values", "member", "{\"current\": 15}").statusCode());
        JsonNode after = json(PLAYGROUND.get(REST + "/keyresults/" + metric, "lead"), 200).get("keyResult");
        assertEquals(15.0, after.get("metric").get("value").asDouble(), 0.0);
        assertEquals(0.5, after.get("progress").asDouble(), 1e-9);
        JsonNode then = json(PLAYGROUND.get(REST + "/keyresults/" + metric + "?asOf=" + between, "lead"), 200)
                .get("keyResult");
        assertEquals("the history keeps the value before the edit", 10.0, then.get("metric").get("value").asDouble(),
                0.0);
        assertEquals(403, put(REST + "/keyresults/" + metric + "/values", "viewer", "{\"current\": 16}")
                .statusCode());

        json(PLAYGROUND.postJson(REST + "/keyresults/" + count + "/initiatives", "lead", "{\"issueKey\": \"SHOP-1\"}"),
                200);
        JsonNode linked = json(PLAYGROUND.get(REST + "/keyresults/" + count, "lead"), 200).get("keyResult");
        assertEquals("SHOP-1", linked.get("initiatives").get(0).get("key").asText());
        assertTrue(linked.get("total").asInt() > 0);
        json(put(REST + "/keyresults/" + count + "/initiatives/SHOP-1", "lead", "{\"scope\": \"must-have\"}"), 200);
        assertEquals(204, delete(REST + "/keyresults/" + count + "/initiatives/SHOP-1", "lead").statusCode());
        JsonNode unlinked = json(PLAYGROUND.get(REST + "/keyresults/" + count, "lead"), 200).get("keyResult");
        assertEquals(0, unlinked.get("initiatives").size());

        json(PLAYGROUND.postJson(REST + "/objectives/" + objective + "/parent", "lead", "{\"parent\": \"OKR-1\"}"),
                200);
        assertEquals("OKR-1", PLAYGROUND.playground().jira().data().parentOf(objective).orElseThrow());
        assertEquals(200, PLAYGROUND.postJson(REST + "/objectives/" + objective + "/parent", "lead",
                "{\"parent\": \"OKR-1\"}").statusCode());
        assertEquals(409, PLAYGROUND.postJson(REST + "/objectives/" + objective + "/parent", "lead",
                "{\"parent\": \"OKR-20\"}").statusCode());
        assertEquals(204, delete(REST + "/objectives/OKR-1/children/" + objective, "lead").statusCode());
        assertTrue(PLAYGROUND.playground().jira().data().parentOf(objective).isEmpty());
    }
}
