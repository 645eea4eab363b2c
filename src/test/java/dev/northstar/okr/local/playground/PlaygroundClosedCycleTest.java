package dev.northstar.okr.local.playground;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Rule;
import org.junit.Test;

import static dev.northstar.okr.testing.RestAssert.ok;
import static dev.northstar.okr.testing.RestAssert.refused;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The demo quarter closed through the REST API, end to end over the app's real wiring: its key results take no more
 * check-ins (a translated 409), the panel offers no form and says why, and the figures are those of the close.
 */
public class PlaygroundClosedCycleTest {
    @Rule
    public final RunningPlayground playground = new RunningPlayground();

    @Test
    public void shouldRefuseCheckInsAndOfferNoFormOnceTheCycleIsClosed() {
        ok(playground.postJson(Playground.REST + "/keyresults/OKR-11/checkins", "member",
                "{\"confidence\": 6, \"note\": \"while open\"}"), 201);
        JsonNode closed = ok(playground.postJson(Playground.REST + "/cycles/1/close", "admin", "{}"), 200);
        assertTrue(closed.toString(), closed.get("closed").asBoolean());

        JsonNode refusal = refused(playground.postJson(Playground.REST + "/keyresults/OKR-11/checkins", "member",
                "{\"confidence\": 5, \"note\": \"after the close\"}"), 409, null, "okr.error.checkInCycleClosed");
        assertTrue(refusal.toString(), refusal.get("message").asText().contains("Demo quarter"));
        JsonNode history = ok(playground.get(Playground.REST + "/keyresults/OKR-11/checkins", "member"), 200);
        assertEquals("while open", history.get("checkIns").get(0).get("note").asText());

        String panel = playground.get("/browse/OKR-11", "member").body();
        assertFalse(panel, panel.contains("okr-checkin-form"));
        assertTrue(panel, panel.contains("This cycle is closed: its key results take no more check-ins."));
        JsonNode detail = ok(playground.get(Playground.REST + "/keyresults/OKR-11", "member"), 200);
        assertEquals("cycle-end", detail.get("figuresAt").asText());
        assertEquals("closed", detail.get("cycle").get("state").asText());
    }
}
