package dev.northstar.okr.local.playground;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.okr.testing.RestAssert;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The initiative panel of an epic that drives no key result yet, over HTTP in the playground, where the simulated
 * Jira asks the app's real condition and context provider through its web panels (issue 10 point 4). The demo's
 * epics all drive a key result and live in SHOP, which has no OKRs at first: epic SHOP-3 is made to drive nothing
 * through the REST API, then OKRs are enabled in SHOP.
 */
public class PlaygroundDriveTest {
    private static final String REST = Playground.REST;
    private static final String PANEL = "data-panel=\"okr-initiative-panel\"";
    private static final String EMPTY = "This epic drives no key result yet.";

    @ClassRule
    public static final RunningPlayground PLAYGROUND = new RunningPlayground();

    @Test
    public void shouldOfferAnEpicOfAProjectWithOkrsToDriveAKeyResultFromItsOwnPanel() {
        assertEquals(204, PLAYGROUND.send(PLAYGROUND.request(REST + "/initiatives/SHOP-3/keyresults/OKR-12", "lead",
                "en").header("X-Atlassian-Token", "no-check").DELETE()).statusCode());
        assertFalse("an epic in a project without OKRs that drives nothing has no panel",
                page("SHOP-3", "lead", "en").contains(PANEL));

        assertEquals(200, PLAYGROUND.send(PLAYGROUND.request(REST + "/setup/projects/SHOP", "admin", "en")
                .header("X-Atlassian-Token", "no-check").POST(HttpRequest.BodyPublishers.noBody())).statusCode());
        String lead = panel(page("SHOP-3", "lead", "en"));
        assertTrue(lead, lead.contains(EMPTY));
        assertTrue(lead, lead.contains("<label for=\"okr-drive-kr\">Drive a key result</label>"));
        assertTrue(lead, lead.contains("data-okr-post=\"" + REST + "/initiatives/SHOP-3/keyresults\""));
        String viewer = panel(page("SHOP-3", "viewer", "en"));
        assertTrue(viewer, viewer.contains(EMPTY));
        assertFalse("a viewer Jira does not let link the epic gets no form", viewer.contains("okr-drive-controls"));
        assertTrue(panel(page("SHOP-3", "lead", "ko")).contains("이 에픽이 이끄는 핵심 결과가 아직 없습니다."));
        assertFalse("a story that drives nothing has no panel", page("SHOP-10", "lead", "en").contains(PANEL));
        assertFalse("nor a key result", page("OKR-12", "lead", "en").contains(PANEL));

        assertEquals(200, PLAYGROUND.postJson(REST + "/initiatives/SHOP-3/keyresults", "lead",
                "{\"keyResult\": \"OKR-12\"}").statusCode());
        String driving = panel(page("SHOP-3", "lead", "en"));
        assertFalse(driving, driving.contains(EMPTY));
        assertTrue(driving, driving.contains("href=\"/browse/OKR-12\""));
        assertTrue(driving, driving.contains("Drive another key result"));
        JsonNode kr = RestAssert.json(PLAYGROUND.get(REST + "/keyresults/OKR-12", "lead").body()).get("keyResult");
        assertEquals("SHOP-3", kr.get("initiatives").get(0).get("key").asText());
    }

    private static String page(String key, String as, String lang) {
        HttpResponse<String> response = PLAYGROUND.get("/browse/" + key, as, lang);
        assertEquals(response.body(), 200, response.statusCode());
        return response.body();
    }

    private static String panel(String page) {
        int at = page.indexOf(PANEL);
        assertTrue("the initiative panel shows: " + page, at > 0);
        return page.substring(at);
    }
}
