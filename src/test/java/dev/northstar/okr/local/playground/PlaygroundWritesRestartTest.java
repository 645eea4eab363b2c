package dev.northstar.okr.local.playground;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.northstar.okr.local.simjira.JiraData;
import org.junit.Rule;
import org.junit.Test;

import java.net.http.HttpRequest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

/**
 * What the playground's users write into its simulated Jira survives a restart on the same data folder, as issues
 * survive in Jira's database: the objective, its key results with their values, history and links, and a deleted
 * issue's key stays used, so no new issue inherits settings the app stored for an old one.
 */
public class PlaygroundWritesRestartTest {
    @Rule
    public final RunningPlayground playground = new RunningPlayground();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    public void shouldKeepWhatWasWrittenAcrossARestart() throws Exception {
        long cycle = JSON.readTree(playground.get(Playground.REST + "/cycles?project=OKR", "lead").body())
                .get("cycles").get(0).get("id").asLong();
        JsonNode created = JSON.readTree(playground.postJson(Playground.REST + "/objectives", "lead",
                "{\"project\": \"OKR\", \"cycleId\": " + cycle + ", \"summary\": \"Survive restarts\", \"keyResults\":"
                        + " [{\"summary\": \"Uptime\", \"kind\": \"metric\", \"start\": 90, \"target\": 99}]}").body());
        String objective = created.get("objective").get("key").asText();
        String kr = created.get("keyResults").get(0).get("key").asText();
        assertEquals(204, playground.send(playground.request(Playground.REST + "/keyresults/" + kr + "/values", "lead",
                "en").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"current\": 95}"))).statusCode());
        assertEquals(200, playground.postJson(Playground.REST + "/keyresults/" + kr + "/initiatives", "lead",
                "{\"issueKey\": \"SHOP-2\"}").statusCode());

        playground.stop();
        playground.start();

        JiraData data = playground.playground().jira().data();
        assertEquals("Survive restarts", data.issue(objective).orElseThrow().summary());
        assertEquals(objective, data.objectiveOf(kr).orElseThrow());
        assertEquals(95.0, data.metric(kr).orElseThrow().current(), 0.0);
        assertTrue(data.initiativesOf(kr).contains("SHOP-2"));
        JsonNode read = JSON.readTree(playground.get(Playground.REST + "/keyresults/" + kr, "lead").body());
        assertEquals(0.5555, read.get("keyResult").get("progress").asDouble(), 1e-3);
        assertEquals(2, read.get("keyResult").get("metric").get("history").size());

        JsonNode next = JSON.readTree(playground.postJson(Playground.REST + "/objectives", "lead",
                "{\"project\": \"OKR\", \"cycleId\": " + cycle + ", \"summary\": \"Next\"}").body());
        String nextKey = next.get("objective").get("key").asText();
        assertNotEquals(objective, nextKey);
        assertNotEquals(kr, nextKey);
    }
}
