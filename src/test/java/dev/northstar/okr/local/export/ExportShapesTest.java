package dev.northstar.okr.local.export;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.northstar.okr.domain.InProgressSource;
import dev.northstar.okr.domain.IssueTable;
import dev.northstar.okr.domain.KeyResult;
import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.domain.OkrPlan;
import dev.northstar.okr.progress.EngineOptions;
import dev.northstar.okr.progress.KeyResultProgress;
import dev.northstar.okr.progress.OkrEngine;
import dev.northstar.okr.progress.SprintReview;
import dev.northstar.okr.progress.SprintReviewer;
import dev.northstar.okr.testdata.RealData;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.Test;

/**
 * Real issues rewritten into other export shapes must give the same figures: the Cloud shape (epic as parent
 * of type Epic, sprints as an array custom field, story points under a custom field id, found through a
 * names map), and the epic.done trap (flipping the Agile epic.done flag changes nothing).
 */
public class ExportShapesTest {
    private static final double EPS = 1e-9;
    private static final ObjectMapper M = new ObjectMapper();

    /** TIMOB-19145 with its 27 children, the 22 children of missing TIMOB-17966, and all of sprint 464. */
    private static List<ObjectNode> realSubset() throws IOException {
        List<ObjectNode> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(java.nio.file.Files.newInputStream(RealData.require(RealData.ISSUES))),
                StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                ObjectNode n = (ObjectNode) M.readTree(line);
                JsonNode f = n.get("fields");
                String epic = f.path("epic").path("key").asText(null);
                boolean inSprint = false;
                for (JsonNode s : f.path("closedSprints")) {
                    inSprint |= s.path("id").asInt() == 464;
                }
                if ("TIMOB-19145".equals(n.get("key").asText()) || "TIMOB-19145".equals(epic)
                        || "TIMOB-17966".equals(epic) || inSprint) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    private static IssueTable read(String json, FieldConfig config) {
        return new JiraIssueReader(config)
                .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test").table();
    }

    private static String lines(List<ObjectNode> issues) {
        StringBuilder b = new StringBuilder();
        issues.forEach(i -> b.append(i.toString()).append('\n'));
        return b.toString();
    }

    /** Rewrites Server / Agile issues into the Cloud shape. */
    private static String cloud(List<ObjectNode> issues) {
        ObjectNode root = M.createObjectNode();
        ArrayNode arr = root.putArray("issues");
        for (ObjectNode src : issues) {
            ObjectNode i = src.deepCopy();
            ObjectNode f = (ObjectNode) i.get("fields");
            JsonNode epic = f.remove("epic");
            if (epic != null && epic.isObject()) {
                ObjectNode parent = f.putObject("parent");
                parent.put("key", epic.get("key").asText());
                ObjectNode type = parent.putObject("fields").putObject("issuetype");
                type.put("name", "Epic");
                type.put("hierarchyLevel", 1);
            }
            ArrayNode sprints = M.createArrayNode();
            f.remove("closedSprints").forEach(sprints::add);
            JsonNode current = f.remove("sprint");
            if (current != null && current.isObject()) {
                sprints.add(current);
            }
            f.set("customfield_10020", sprints);
            f.set("customfield_10016", f.remove("storyPoints"));
            arr.add(i);
        }
        ObjectNode names = root.putObject("names");
        names.put("customfield_10016", "Story point estimate");
        names.put("customfield_10020", "Sprint");
        names.put("summary", "Summary");
        return root.toString();
    }

    private static KeyResultProgress measure(IssueTable t, KeyResultKind kind, String epic, Instant at) {
        OkrEngine e = new OkrEngine(t, EngineOptions.defaults());
        KeyResult kr = KeyResult.ofIssues("K", kind, List.of(epic));
        return e.keyResult(RealData.plan(), kr, e.scopeOf(kr), at, false);
    }

    private static void assertHandFigures(IssueTable t) {
        // same hand-computed figures as RealDataProgressTest (python3 over the dump)
        KeyResultProgress mid = measure(t, KeyResultKind.STORY_POINTS, "TIMOB-19145", RealData.MID);
        assertEquals(8, mid.issues().done());
        assertEquals(20, mid.issues().total());
        assertEquals(91.0, mid.issues().pointsDone(), EPS);
        assertEquals(255.0, mid.issues().pointsTotal(), EPS);
        KeyResultProgress now = measure(t, KeyResultKind.STORY_POINTS, "TIMOB-19145", RealData.AFTER_DUMP);
        assertEquals(26, now.issues().done());
        assertEquals(27, now.issues().total());
        assertEquals(266.0, now.issues().pointsDone(), EPS);
        assertEquals(279.0, now.issues().pointsTotal(), EPS);
        assertEquals(4, now.issues().unestimated());
        KeyResultProgress orphan = measure(t, KeyResultKind.STORY_POINTS, "TIMOB-17966", RealData.MID);
        assertEquals(List.of("TIMOB-17966"), orphan.explanation().orphanInitiatives());
        assertEquals(21, orphan.issues().done());
        assertEquals(151.0, orphan.issues().pointsDone(), EPS);
        assertEquals(159.0, orphan.issues().pointsTotal(), EPS);
    }

    @Test
    public void shouldGiveTheSameFiguresFromTheServerAndTheCloudShape() throws IOException {
        List<ObjectNode> subset = realSubset();
        IssueTable server = read(lines(subset), FieldConfig.defaults());
        IssueTable cloud = read(cloud(subset), FieldConfig.defaults());
        assertEquals(server.presentCount(), cloud.presentCount());
        assertHandFigures(server);
        assertHandFigures(cloud);
        // the sprint field array carries the same memberships
        int r = cloud.rowOf("TIMOB-19073");
        assertEquals(List.of(450, 455, 442), java.util.Arrays.stream(cloud.sprintIdsOf(r)).boxed().toList());
    }

    @Test
    public void shouldReviewSprint464IdenticallyFromTheCloudShape() throws IOException {
        IssueTable cloud = read(cloud(realSubset()), FieldConfig.defaults());
        OkrPlan plan = RealData.plan();
        SprintReview r = new SprintReviewer(new OkrEngine(cloud, EngineOptions.defaults()))
                .review(plan, RealData.sprints().get(464), Instant.now());
        SprintReview.KrSprintDelta pts = r.keyResults().stream().filter(d -> d.key().equals("KR-PTS")).findFirst()
                .orElseThrow();
        assertEquals(91.0 / 258, pts.progressAtStart(), EPS);
        assertEquals(167.0 / 279, pts.progressAtEnd(), EPS);
        assertEquals(25, r.alignment().completed());
        assertEquals(126.0, r.alignment().points(), EPS);
    }

    @Test
    public void shouldFindStoryPointsByAConfiguredCustomFieldId() throws IOException {
        List<ObjectNode> subset = realSubset();
        for (ObjectNode i : subset) {
            ObjectNode f = (ObjectNode) i.get("fields");
            f.set("customfield_10002", f.remove("storyPoints"));
        }
        IssueTable t = read(lines(subset), new FieldConfig("customfield_10002", null, null, null));
        assertHandFigures(t);
        // without the id (and no names map) nothing is estimated: the figure says so instead of guessing
        IssueTable blind = read(lines(subset), FieldConfig.defaults());
        assertEquals(27, measure(blind, KeyResultKind.STORY_POINTS, "TIMOB-19145", RealData.AFTER_DUMP).issues().unestimated());
    }

    @Test
    public void shouldIgnoreTheAgileEpicDoneFlag() throws IOException {
        // In the dump, TIMOB-19145 is Closed while all 27 children carry epic.done=false; flipping the flag to
        // true on every child must change nothing, and the epic being Closed must not complete open children.
        List<ObjectNode> subset = realSubset();
        long falseFlags = subset.stream().filter(i -> i.get("fields").path("epic").path("key").asText("").equals("TIMOB-19145")
                && !i.get("fields").path("epic").path("done").asBoolean(true)).count();
        assertEquals(27, falseFlags);
        for (ObjectNode i : subset) {
            JsonNode epic = i.get("fields").get("epic");
            if (epic != null && epic.isObject()) {
                ((ObjectNode) epic).put("done", true);
            }
        }
        IssueTable flipped = read(lines(subset), FieldConfig.defaults());
        assertHandFigures(flipped);
        // milestone over the epic's scope: TIMOB-19069 is still open, so not complete, whatever the flag says
        OkrEngine e = new OkrEngine(flipped, EngineOptions.defaults());
        KeyResult milestone = KeyResult.ofIssues("M", KeyResultKind.MILESTONE, List.of("TIMOB-19145"));
        assertEquals(0.0, e.keyResult(RealData.plan(), milestone, e.scopeOf(milestone), RealData.AFTER_DUMP, false)
                .progress(), 0.0);
    }

    @Test
    public void shouldReadTheServerEpicLinkFieldAndLegacySprintStrings() {
        String json = "{\"names\":{\"customfield_10006\":\"Epic Link\",\"customfield_10004\":\"Sprint\",\"customfield_10002\":\"Story Points\"},"
                + "\"issues\":["
                + "{\"key\":\"X-1\",\"fields\":{\"issuetype\":{\"name\":\"Epic\",\"subtask\":false},\"status\":{\"name\":\"Closed\",\"statusCategory\":{\"key\":\"done\"}},"
                + "\"created\":\"2020-01-01T00:00:00.000+0000\",\"resolutiondate\":\"2020-02-01T00:00:00.000+0000\"}},"
                + "{\"key\":\"X-2\",\"fields\":{\"issuetype\":{\"name\":\"Story\",\"subtask\":false},\"status\":{\"name\":\"Open\",\"statusCategory\":{\"key\":\"new\"}},"
                + "\"created\":\"2020-01-02T00:00:00.000+0000\",\"customfield_10006\":\"X-1\",\"customfield_10002\":5,"
                + "\"customfield_10004\":[\"com.atlassian.greenhopper.service.sprint.Sprint@1a[id=7,rapidViewId=1,state=CLOSED,name=Sprint, one,"
                + "startDate=2020-01-05T10:00:00.000Z,endDate=2020-01-19T10:00:00.000Z,completeDate=2020-01-20T10:00:00.000Z,sequence=7]\"]}}]}";
        IssueExport ex = new JiraIssueReader(FieldConfig.defaults())
                .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test");
        IssueTable t = ex.table();
        int child = t.rowOf("X-2");
        assertEquals(t.rowOf("X-1"), t.epicRow(child));
        assertEquals(5.0f, t.points(child), 0f);
        assertEquals(7, t.sprintIdsOf(child)[0]);
        assertEquals("Sprint, one", ex.sprints().get(7).name());
        assertEquals(Instant.parse("2020-01-20T10:00:00Z"), ex.sprints().get(7).complete());
    }

    @Test
    public void shouldRefuseAnAmbiguousFieldNameWithAClearMessage() {
        String json = "{\"names\":{\"customfield_1\":\"Story Points\",\"customfield_2\":\"Story Points\"},\"issues\":["
                + "{\"key\":\"X-1\",\"fields\":{\"issuetype\":{\"name\":\"Story\"},\"status\":{\"statusCategory\":{\"key\":\"new\"}},"
                + "\"created\":\"2020-01-01T00:00:00.000+0000\"}}]}";
        try {
            read(json, FieldConfig.defaults());
            fail("ambiguous field name accepted");
        } catch (ExportException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("ambiguous") && e.getMessage().contains("customfield_2"));
        }
    }

    @Test
    public void shouldUseTheFirstDoneTransitionFromTheChangeHistory() {
        String json = "{\"key\":\"X-1\",\"fields\":{\"issuetype\":{\"name\":\"Story\"},"
                + "\"status\":{\"id\":\"6\",\"name\":\"Closed\",\"statusCategory\":{\"key\":\"done\"}},"
                + "\"created\":\"2020-01-01T00:00:00.000+0000\",\"resolutiondate\":\"2020-03-01T00:00:00.000+0000\"},"
                + "\"changelog\":{\"histories\":["
                + "{\"created\":\"2020-02-01T00:00:00.000+0000\",\"items\":[{\"field\":\"status\",\"to\":\"6\",\"toString\":\"Closed\"}]},"
                + "{\"created\":\"2020-02-10T00:00:00.000+0000\",\"items\":[{\"field\":\"status\",\"to\":\"4\",\"toString\":\"Reopened\"}]},"
                + "{\"created\":\"2020-03-01T00:00:00.000+0000\",\"items\":[{\"field\":\"status\",\"to\":\"6\",\"toString\":\"Closed\"}]}]}}";
        IssueTable t = read(json, FieldConfig.defaults());
        assertEquals(Instant.parse("2020-02-01T00:00:00Z").toEpochMilli(), t.doneAt(t.rowOf("X-1")));
        assertEquals(dev.northstar.okr.domain.DoneSource.TRANSITION, t.doneSource(t.rowOf("X-1")));
    }

    private static String status(String at, String fromId, String from, String toId, String to) {
        return "{\"created\":\"" + at + "T00:00:00.000+0000\",\"items\":[{\"field\":\"status\",\"from\":\"" + fromId
                + "\",\"fromString\":\"" + from + "\",\"to\":\"" + toId + "\",\"toString\":\"" + to + "\"}]}";
    }

    private static String issue(String key, String statusId, String status, String category, String updated,
            String... histories) {
        return "{\"key\":\"" + key + "\",\"fields\":{\"issuetype\":{\"name\":\"Story\"},\"status\":{\"id\":\""
                + statusId + "\",\"name\":\"" + status + "\",\"statusCategory\":{\"key\":\"" + category + "\"}},"
                + "\"created\":\"2020-01-01T00:00:00.000+0000\",\"updated\":\"" + updated + "T00:00:00.000+0000\""
                + (category.equals("done") ? ",\"resolutiondate\":\"" + updated + "T00:00:00.000+0000\"" : "") + "}"
                + (histories.length == 0 ? "" : ",\"changelog\":{\"histories\":[" + String.join(",", histories) + "]}")
                + "}";
    }

    @Test
    public void shouldTakeTheFirstMoveOutOfToDoFromTheChangelog() {
        // statuses' categories come from the issues read: 1 Open (new), 3 In Progress (indeterminate), 6 Closed (done)
        String json = "{\"issues\":["
                + issue("X-1", "6", "Closed", "done", "2020-03-01",
                        status("2020-01-10", "1", "Open", "3", "In Progress"),
                        status("2020-02-01", "3", "In Progress", "6", "Closed"),
                        status("2020-01-20", "3", "In Progress", "1", "Open")) + ","
                + issue("X-2", "3", "In Progress", "indeterminate", "2020-03-05",
                        status("2020-02-15", "1", "Open", "3", "In Progress")) + ","
                + issue("X-3", "1", "Open", "new", "2020-03-05",
                        status("2020-02-15", "1", "Open", "3", "In Progress"),
                        status("2020-02-20", "3", "In Progress", "1", "Open")) + ","
                + issue("X-4", "6", "Closed", "done", "2020-03-01",
                        status("2020-02-01", "3", "In Progress", "6", "Closed")) + ","
                + issue("X-5", "3", "In Progress", "indeterminate", "2020-03-07") + "]}";
        IssueTable t = read(json, FieldConfig.defaults());
        assertEquals("first move into In Progress, whatever the order of the histories",
                Instant.parse("2020-01-10T00:00:00Z").toEpochMilli(), t.inProgressAt(t.rowOf("X-1")));
        assertEquals(InProgressSource.TRANSITION, t.inProgressSource(t.rowOf("X-1")));
        assertEquals(Instant.parse("2020-02-15T00:00:00Z").toEpochMilli(), t.inProgressAt(t.rowOf("X-2")));
        assertEquals("to do now: no credit for having been in progress once", IssueTable.NEVER,
                t.inProgressAt(t.rowOf("X-3")));
        assertEquals("its first change leaves In Progress: in progress since it was created",
                Instant.parse("2020-01-01T00:00:00Z").toEpochMilli(), t.inProgressAt(t.rowOf("X-4")));
        assertEquals("no history: in progress no later than its last update",
                Instant.parse("2020-03-07T00:00:00Z").toEpochMilli(), t.inProgressAt(t.rowOf("X-5")));
        assertEquals(InProgressSource.UPDATED, t.inProgressSource(t.rowOf("X-5")));
    }

    @Test
    public void shouldFallBackToTheDoneInstantForADoneIssueWithoutStatusHistory() {
        IssueTable t = read(issue("X-1", "6", "Closed", "done", "2020-03-01"), FieldConfig.defaults());
        assertEquals(t.doneAt(t.rowOf("X-1")), t.inProgressAt(t.rowOf("X-1")));
        assertEquals(InProgressSource.DONE, t.inProgressSource(t.rowOf("X-1")));
    }

    @Test
    public void shouldReadAMetricFromANumericFieldAndItsChangeHistory() {
        String json = "{\"names\":{\"customfield_10100\":\"Active apps\"},\"issues\":[{\"key\":\"X-1\",\"fields\":{"
                + "\"issuetype\":{\"name\":\"Task\"},\"status\":{\"statusCategory\":{\"key\":\"indeterminate\"}},"
                + "\"created\":\"2020-01-01T00:00:00.000+0000\",\"updated\":\"2020-03-01T00:00:00.000+0000\",\"customfield_10100\":42},"
                + "\"changelog\":{\"histories\":["
                + "{\"created\":\"2020-02-01T00:00:00.000+0000\",\"items\":[{\"field\":\"Active apps\",\"fromString\":\"10\",\"toString\":\"30\"}]},"
                + "{\"created\":\"2020-03-01T00:00:00.000+0000\",\"items\":[{\"field\":\"Active apps\",\"fromString\":\"30\",\"toString\":\"42\"}]}]}}]}";
        IssueTable t = read(json, FieldConfig.defaults().withNumericFields(List.of("Active apps")));
        OkrPlan plan = new OkrPlan(new dev.northstar.okr.domain.Cycle("Q", Instant.parse("2020-01-01T00:00:00Z"),
                Instant.parse("2020-04-01T00:00:00Z")), List.of(new dev.northstar.okr.domain.Objective("O", "o", "", null,
                false, null, List.of(new KeyResult("M", "m", KeyResultKind.METRIC, null, null,
                        dev.northstar.okr.domain.MetricSpec.increase(10, 50),
                        dev.northstar.okr.domain.MetricSource.issueField("X-1", "Active apps"), null, false)), null)), null);
        OkrEngine e = new OkrEngine(t, EngineOptions.defaults());
        assertEquals(0.0, e.evaluate(plan, Instant.parse("2020-01-15T00:00:00Z"), false).keyResult("M").progress(), EPS);
        assertEquals(0.5, e.evaluate(plan, Instant.parse("2020-02-15T00:00:00Z"), false).keyResult("M").progress(), EPS);
        assertEquals(0.8, e.evaluate(plan, Instant.parse("2020-03-15T00:00:00Z"), false).keyResult("M").progress(), EPS);
    }

    @Test
    public void shouldKeepTheLastCopyOfAnIssueRepeatedAcrossSearchPages() {
        String open = "{\"key\":\"X-1\",\"fields\":{\"status\":{\"statusCategory\":{\"key\":\"new\"}},\"created\":\"2020-01-01T00:00:00Z\"}}";
        String done = "{\"key\":\"X-1\",\"fields\":{\"status\":{\"statusCategory\":{\"key\":\"done\"}},\"created\":\"2020-01-01T00:00:00Z\","
                + "\"resolutiondate\":\"2020-01-05T00:00:00Z\"}}";
        IssueExport ex = new JiraIssueReader(FieldConfig.defaults()).read(new ByteArrayInputStream(
                ("{\"issues\":[" + open + "]}\n{\"issues\":[" + done + "]}").getBytes(StandardCharsets.UTF_8)), "pages");
        assertEquals(1, ex.table().presentCount());
        assertEquals(dev.northstar.okr.domain.StatusCategory.DONE, ex.table().statusCategory(0));
        assertTrue(ex.notes().stream().anyMatch(n -> n.contains("X-1 appears more than once")));
    }

    @Test
    public void shouldReadAnEmptySearchResponse() {
        IssueTable t = read("{\"issues\": []}", FieldConfig.defaults());
        assertEquals(0, t.size());
        assertEquals(-1, t.rowOf("X-1"));
    }

    @Test
    public void shouldNameTheLineOfMalformedJson() {
        try {
            read("{\"key\":\"X-1\",\"fields\":{}}\n{\"key\": oops}\n", FieldConfig.defaults());
            fail("malformed JSON accepted");
        } catch (ExportException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("malformed JSON") || e.getMessage().contains("created"));
        }
        try {
            read("{\"key\":\"X-1\",\"fields\":{\"created\":\"2020-01-01T00:00:00Z\"}}\n{\"key\": oops}\n", FieldConfig.defaults());
            fail("malformed JSON accepted");
        } catch (ExportException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("malformed JSON at line 2"));
        }
    }
}
