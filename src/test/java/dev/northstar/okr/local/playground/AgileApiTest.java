package dev.northstar.okr.local.playground;

import dev.northstar.okr.local.simjira.DemoUser;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.ClassRule;
import org.junit.Test;

import java.util.List;
import java.util.stream.StreamSupport;

import static dev.northstar.okr.testing.RestAssert.ok;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The simulated Jira Software boards and sprints that the sprint review page asks for. */
public class AgileApiTest {
    @ClassRule
    public static final RunningPlayground PLAYGROUND = new RunningPlayground();

    @Test
    public void shouldListTheProjectsBoardAndOfferItToTheOkrProject() {
        JsonNode shop = ok(PLAYGROUND.get("/rest/agile/1.0/board?projectKeyOrId=SHOP", "member"), 200);
        assertEquals(1, shop.get("total").asInt());
        JsonNode board = shop.get("values").get(0);
        assertEquals(7, board.get("id").asInt());
        assertEquals("SHOP", board.get("location").get("projectKey").asText());
        assertEquals(shop.get("values"), ok(PLAYGROUND.get("/rest/agile/1.0/board?projectKeyOrId=OKR", "member"),
                200).get("values"));
        assertEquals(0, ok(PLAYGROUND.get("/rest/agile/1.0/board?projectKeyOrId=NOPE", "member"), 200)
                .get("total").asInt());
    }

    @Test
    public void shouldListTheBoardsSprintsInTheStatesAskedForOldestFirst() {
        JsonNode sprints = ok(PLAYGROUND.get("/rest/agile/1.0/board/7/sprint?state=active,closed", "member"), 200);
        assertEquals(List.of(41, 42), ids(sprints));
        assertTrue(sprints.get("isLast").asBoolean());
        assertEquals("closed", sprints.get("values").get(0).get("state").asText());
        assertEquals(List.of(41, 42, 43), ids(ok(PLAYGROUND.get("/rest/agile/1.0/board/7/sprint", "member"), 200)));
        JsonNode first = ok(PLAYGROUND.get("/rest/agile/1.0/board/7/sprint?startAt=0&maxResults=1", "member"), 200);
        assertEquals(List.of(41), ids(first));
        assertFalse(first.get("isLast").asBoolean());
        JsonNode last = ok(PLAYGROUND.get("/rest/agile/1.0/board/7/sprint?startAt=2&maxResults=1", "member"), 200);
        assertEquals(List.of(43), ids(last));
        assertTrue(last.get("isLast").asBoolean());
    }

    @Test
    public void shouldDescribeOneBoardWithItsProject() {
        JsonNode board = ok(PLAYGROUND.get("/rest/agile/1.0/board/7", "member"), 200);
        assertEquals(7, board.get("id").asInt());
        assertEquals("SHOP", board.get("location").get("projectKey").asText());
        assertEquals(404, PLAYGROUND.get("/rest/agile/1.0/board/7", "outsider").statusCode());
        assertEquals(404, PLAYGROUND.get("/rest/agile/1.0/board/99", "admin").statusCode());
    }

    @Test
    public void shouldHideBoardsOfProjectsTheVisitorCannotBrowse() {
        assertEquals(0, ok(PLAYGROUND.get("/rest/agile/1.0/board?projectKeyOrId=OKR", "outsider"), 200)
                .get("total").asInt());
        assertEquals(404, PLAYGROUND.get("/rest/agile/1.0/board/7/sprint", "outsider").statusCode());
        assertEquals(404, PLAYGROUND.get("/rest/agile/1.0/board/99/sprint", "admin").statusCode());
        assertEquals(401, PLAYGROUND.get("/rest/agile/1.0/board", DemoUser.ANONYMOUS).statusCode());
    }

    private static List<Integer> ids(JsonNode page) {
        return StreamSupport.stream(page.get("values").spliterator(), false).map(v -> v.get("id").asInt()).toList();
    }
}
