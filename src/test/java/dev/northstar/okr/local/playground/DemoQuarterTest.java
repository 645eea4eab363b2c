package dev.northstar.okr.local.playground;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.nio.file.Path;
import java.time.Instant;

import static org.junit.Assert.assertEquals;

/** The demo moves by whole weeks so that its authored week is this week. */
public class DemoQuarterTest {
    private static final Path DEMO = Path.of("examples", "demo");

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void shouldCountWholeWeeksFromTheAuthoredInstant() {
        assertEquals(0, DemoQuarter.weeksUntil(DEMO, Instant.parse("2026-11-18T12:00:00Z")));
        assertEquals(0, DemoQuarter.weeksUntil(DEMO, Instant.parse("2026-11-25T11:00:00Z")));
        assertEquals(1, DemoQuarter.weeksUntil(DEMO, Instant.parse("2026-11-25T12:00:00Z")));
        assertEquals(52, DemoQuarter.weeksUntil(DEMO, Instant.parse("2027-11-18T12:00:00Z")));
        assertEquals(-1, DemoQuarter.weeksUntil(DEMO, Instant.parse("2026-11-18T11:00:00Z")));
    }

    @Test
    public void shouldMoveEveryDateOfTheThreeFilesAndNothingElse() throws Exception {
        DemoQuarter.Files3 moved = DemoQuarter.write(DEMO, folder.getRoot().toPath(), 2);
        ObjectMapper json = new ObjectMapper();
        JsonNode okrs = json.readTree(moved.okrs().toFile());
        assertEquals("2026-10-15T00:00:00Z", okrs.get("cycle").get("start").asText());
        assertEquals("2026-12-02T12:00:00Z", okrs.get("authoredAt").asText());
        assertEquals("Demo quarter", okrs.get("cycle").get("name").asText());
        JsonNode sprint = json.readTree(moved.sprints().toFile()).get("values").get(0);
        assertEquals("2026-11-09T09:00:00Z", sprint.get("startDate").asText());
        JsonNode issue = json.readTree(moved.issues().toFile()).get("issues").get(3);
        assertEquals("SHOP-10", issue.get("key").asText());
        assertEquals("2026-10-16T09:00:00Z", issue.get("fields").get("created").asText());
        assertEquals(5, issue.get("fields").get("customfield_10002").asInt());
    }
}
