package dev.northstar.okr.local.playground;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.okr.testdata.RealData;
import org.junit.ClassRule;
import org.junit.Test;

import java.util.List;

import static dev.northstar.okr.testing.RestAssert.ok;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The playground over the real Appcelerator export and the example OKR file: the file's keys (O1, KR-PTS, ...) become
 * issues OKR-1, OKR-2, ... in file order, and the app measures them as the command line does.
 */
public class PlaygroundRealDataTest {
    @ClassRule
    public static final RunningPlayground PLAYGROUND = new RunningPlayground(
            o -> o.withData(RealData.ISSUES, RealData.SPRINTS, RealData.PLAN));

    @Test
    public void shouldMeasureTheExampleOkrsOverTheRealExport() {
        JsonNode tree = ok(PLAYGROUND.get(Playground.REST + "/cycles/1/objectives?project=OKR", "admin"), 200);
        JsonNode o1 = tree.get("objectives").get(0);
        assertEquals("OKR-1", o1.get("key").asText());
        assertEquals("Ship the Titanium 5 platform work", o1.get("title").asText());
        assertEquals(List.of("OKR-2", "OKR-3", "OKR-4", "OKR-5"), keys(o1.get("keyResults")));
        JsonNode tooling = o1.get("children").get(0);
        assertEquals("OKR-6", tooling.get("key").asText());
        JsonNode points = o1.get("keyResults").get(0);
        assertEquals("TIMOB-19145", points.get("initiatives").get(0).get("key").asText());
        assertTrue(points.toString(), points.get("total").asInt() > 10);
        JsonNode bad = tooling.get("keyResults").get(3);
        assertEquals("okr.error.targetEqualsStart", bad.get("errorKey").asText());
        assertEquals(List.of("NOPE-1", "TIMOB-25087"), strings(tooling.get("keyResults").get(0)
                .get("orphanInitiatives")));
    }

    @Test
    public void shouldMeasureTheEndedQuarterAtItsEndInsideTheApp() {
        // 2015 Q3 ended long ago: the app measures it at its end, as the command line does (172 of 279 points of
        // TIMOB-19145's children were done by 2015-10-01; today's 266 would grade a moving number)
        JsonNode tree = ok(PLAYGROUND.get(Playground.REST + "/cycles/1/objectives?project=OKR", "admin"), 200);
        assertEquals("2015-10-01T00:00:00Z", tree.get("asOf").asText());
        assertEquals("cycle-end", tree.get("figuresAt").asText());
        assertEquals("ended", tree.get("cycle").get("state").asText());
        JsonNode points = tree.get("objectives").get(0).get("keyResults").get(0);
        assertEquals(172.0, points.get("pointsDone").asDouble(), 0.0);
        assertEquals(279.0, points.get("pointsTotal").asDouble(), 0.0);
        assertEquals("off-track", points.get("pace").get("status").asText());
    }

    @Test
    public void shouldReviewARealSprintTheSameFromTheTeamsProject() {
        JsonNode fromOkr = ok(PLAYGROUND.get(Playground.REST + "/sprints/464/review?project=OKR", "admin"), 200);
        JsonNode fromTimob = ok(PLAYGROUND.get(Playground.REST + "/sprints/464/review?project=TIMOB", "admin"), 200);
        assertEquals(fromOkr.get("alignment"), fromTimob.get("alignment"));
        assertEquals(fromOkr.get("keyResults"), fromTimob.get("keyResults"));
        assertTrue(fromTimob.get("alignment").get("aligned").asInt() > 0);
    }

    @Test
    public void shouldReviewARealSprint() {
        JsonNode review = ok(PLAYGROUND.get(Playground.REST + "/sprints/464/review?project=OKR", "admin"), 200);
        assertEquals("2015 Sprint 17 SDK", review.get("sprint").get("name").asText());
        assertTrue(review.get("alignment").get("completed").asInt() > 0);
    }

    @Test
    public void shouldRenderEveryScreenOverTheRealExport() {
        int board = ok(PLAYGROUND.get("/rest/agile/1.0/board?projectKeyOrId=OKR", "admin"), 200)
                .findValues("id").stream().mapToInt(JsonNode::asInt).filter(id -> PLAYGROUND.get(
                        "/rest/agile/1.0/board/" + id + "/sprint?state=active,closed&maxResults=500", "admin").body()
                        .contains("\"id\":464,")).findFirst().orElseThrow();
        for (String[] screen : realScreens(board)) {
            var answer = PLAYGROUND.get(screen[0], "admin");
            assertEquals(screen[0], 200, answer.statusCode());
            assertTrue(screen[0], answer.body().contains("id=\"playground-banner\""));
            assertTrue(screen[0] + " should show " + screen[1], answer.body().contains(screen[1]));
            assertTrue(screen[0], !answer.body().contains("aui-message-error"));
        }
    }

    @Test
    public void shouldPreFillACheckInWithWhatTheRealExportSaysSinceTheLastOne() {
        // KR-PTS (OKR-2) was checked in on 2015-07-24; KR-CNT (OKR-3) never: each is told from its own start
        for (String[] kr : new String[][] {{"OKR-2", "2015-07-24T00:00:00Z"}, {"OKR-3", "2015-07-01T00:00:00Z"}}) {
            String rest = Playground.REST + "/keyresults/" + kr[0];
            JsonNode since = ok(PLAYGROUND.get(rest + "/checkins/since", "admin"), 200);
            assertEquals(kr[1], since.get("since").asText());
            assertEquals("2015-10-01T00:00:00Z", since.get("until").asText());
            JsonNode then = ok(PLAYGROUND.get(rest + "?asOf=" + kr[1], "admin"), 200);
            JsonNode now = ok(PLAYGROUND.get(rest, "admin"), 200);
            assertEquals(then.at("/keyResult/progress").asDouble(), since.get("progressThen").asDouble(), 0.0);
            assertEquals(now.at("/keyResult/progress").asDouble(), since.get("progressNow").asDouble(), 0.0);
            int completed = since.at("/completed/keys").size() + since.at("/completed/hidden").asInt();
            assertEquals(kr[0] + ": the issues done since are the done count's growth",
                    now.at("/keyResult/done").asInt() - then.at("/keyResult/done").asInt(), completed);
            long created = 0;
            for (JsonNode issue : now.get("issues")) {
                created += issue.get("inScope").asBoolean()
                        && issue.get("created").asText().compareTo(kr[1]) > 0 ? 1 : 0;
            }
            assertEquals("created", since.get("scopeBasis").asText());
            assertEquals(created, since.at("/entered/keys").size() + since.at("/entered/hidden").asInt());
        }
        JsonNode count = ok(PLAYGROUND.get(Playground.REST + "/keyresults/OKR-3/checkins/since", "admin"), 200);
        assertTrue(count.toString(), count.at("/completed/keys").size() > 10);
        String panel = PLAYGROUND.get("/browse/OKR-3", "admin").body();
        int completed = count.at("/completed/keys").size();
        assertTrue(panel, panel.contains("Since the cycle started on Jul 1, 2015 (no check-in yet)")
                && panel.contains(completed + " issues completed: ")
                && panel.contains(", and " + (completed - 10) + " more</li>"));
    }

    /** Each screen over the real data, with something it must show: address and text. */
    static List<String[]> realScreens(int board) {
        String pages = Pages.PAGES;
        return List.of(
                new String[] {"/browse/OKR-2", "class=\"okr-panel okr-kr-panel\""},
                new String[] {"/browse/OKR-1", "data-panel=\"okr-objective-panel\""},
                new String[] {"/browse/TIMOB-19145", "data-panel=\"okr-initiative-panel\""},
                new String[] {pages + "sprint-review?project=OKR&boardId=" + board + "&sprintId=464",
                        "2015 Sprint 17 SDK"},
                new String[] {pages + "overview", "class=\"okr-trend\""},
                new String[] {pages + "admin", "name=\"paceOnTrack\""});
    }

    private static List<String> keys(JsonNode list) {
        return java.util.stream.StreamSupport.stream(list.spliterator(), false).map(n -> n.get("key").asText())
                .toList();
    }

    private static List<String> strings(JsonNode list) {
        return java.util.stream.StreamSupport.stream(list.spliterator(), false).map(JsonNode::asText).sorted()
                .toList();
    }
}
