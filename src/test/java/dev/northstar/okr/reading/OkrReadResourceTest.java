package dev.northstar.okr.reading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.northstar.okr.domain.Initiative;
import dev.northstar.okr.domain.InitiativeScope;
import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.jira.JiraJqlCheck;
import dev.northstar.okr.keyresult.KeyResultResource;
import dev.northstar.okr.rest.ErrorMapping;
import dev.northstar.okr.rest.Guard;
import dev.northstar.okr.rest.XsrfGuard;
import dev.northstar.okr.testing.JiraFixture.Role;
import dev.northstar.okr.testing.JiraIssues;
import dev.northstar.okr.testing.RestServer;
import org.junit.Rule;
import org.junit.Test;

import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** The read endpoints over real HTTP, with Jira's services mocked and the app's real Jira adapters. */
public class OkrReadResourceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OkrWorld world = new OkrWorld().standard();
    private final Guard guard = new Guard(world.jira.access);

    @Rule
    public final RestServer server = new RestServer(new CycleObjectivesResource(world.service, guard),
            new KeyResultReadResource(world.service, guard), new SprintReviewResource(world.service, guard),
            new KeyResultResource(world.store.keyResults, world.store.initiatives, guard,
                    new JiraJqlCheck(world.issues.pages), new FocusMetricRule(world.issues.structure,
                    world.store.objectives, world.store.keyResults, world.store.schema)),
            new ErrorMapping(world.jira.texts), new XsrfGuard());

    private String tree() {
        return "/cycles/" + world.cycle.id() + "/objectives?project=AC";
    }

    // ------------------------------------------------------------------ permission matrix

    @Test
    public void shouldShowTheObjectiveTreeToEveryoneWhoMayBrowseTheProject() {
        assertMatrix(tree());
    }

    @Test
    public void shouldShowAKeyResultToEveryoneWhoMayBrowseIt() {
        assertMatrix("/keyresults/AC-2");
    }

    @Test
    public void shouldShowTheSprintReviewToEveryoneWhoMayBrowseTheProject() {
        assertMatrix("/sprints/7/review?project=AC");
    }

    private void assertMatrix(String path) {
        Map<Role, Integer> expected = new EnumMap<>(Role.class);
        expected.put(Role.ANONYMOUS, 401);
        expected.put(Role.OUTSIDER, 404);
        expected.put(Role.VIEWER, 200);
        expected.put(Role.MEMBER, 200);
        expected.put(Role.PROJECT_ADMIN, 200);
        expected.put(Role.JIRA_ADMIN, 200);
        for (Role role : Role.values()) {
            world.jira.as(role);
            HttpResponse<String> response = server.get(path);
            assertEquals(role + " " + path + ": " + response.body(), (int) expected.get(role), response.statusCode());
        }
    }

    // ------------------------------------------------------------------ figures and what they show

    @Test
    public void shouldMeasureTheTreeWithFocusOnEachKeyResult() throws Exception {
        world.jira.as(Role.VIEWER);
        JsonNode tree = ok(server.get(tree()));
        assertEquals("2015 Q3", tree.at("/cycle/name").asText());
        JsonNode objective = tree.at("/objectives/0");
        assertEquals("AC-1", objective.get("key").asText());
        JsonNode count = kr(objective, "AC-2");
        assertEquals(3, count.get("done").asInt());
        assertEquals(4, count.get("total").asInt());
        assertEquals(0.75, count.get("progress").asDouble(), 1e-9);
        assertEquals("AC-10", count.at("/initiatives/0/key").asText());
        JsonNode metric = kr(objective, "AC-3");
        assertEquals(0.5, metric.get("progress").asDouble(), 1e-9);
        assertEquals(15.0, metric.at("/metric/value").asDouble(), 0.0);
        assertEquals("stores", metric.at("/metric/unit").asText());
        assertEquals("(0.75 + 0.5) / 2", 0.625, objective.get("progress").asDouble(), 1e-9);
        assertEquals(2, objective.get("terms").size());
    }

    @Test
    public void shouldCountIssuesTheCallerCannotBrowseButNeverNameThem() throws Exception {
        world.issues.issue("AC-66").in("AC-10").points(8).sprints(OkrWorld.SPRINT_7).done(OkrWorld.at("2015-07-12"));
        world.jira.secure("AC-66");

        world.jira.as(Role.VIEWER);
        HttpResponse<String> treeResponse = server.get(tree());
        JsonNode count = kr(ok(treeResponse).at("/objectives/0"), "AC-2");
        assertEquals("counted in the figure", 5, count.get("total").asInt());
        assertEquals(4, count.get("done").asInt());
        assertEquals(1, count.get("hiddenIssues").asInt());
        assertFalse(treeResponse.body(), treeResponse.body().contains("AC-66"));

        HttpResponse<String> detailResponse = server.get("/keyresults/AC-2");
        JsonNode detail = ok(detailResponse);
        assertEquals(1, detail.get("hiddenIssues").asInt());
        assertEquals(1, detail.get("hiddenDone").asInt());
        assertEquals("the four visible issues are listed", 4, detail.get("issues").size());
        assertFalse(detailResponse.body(), detailResponse.body().contains("AC-66"));

        HttpResponse<String> reviewResponse = server.get("/sprints/7/review?project=AC");
        JsonNode review = kr(ok(reviewResponse), "AC-2");
        assertEquals(1, review.get("hiddenCompleted").asInt());
        assertEquals("AC-11 and AC-12 are named", 2, review.get("completed").size());
        assertFalse(reviewResponse.body(), reviewResponse.body().contains("AC-66"));

        world.jira.as(Role.PROJECT_ADMIN);
        HttpResponse<String> adminView = server.get("/keyresults/AC-2");
        assertTrue("a project admin sees it", adminView.body().contains("AC-66"));
        assertEquals(0, ok(adminView).get("hiddenIssues").asInt());
    }

    @Test
    public void shouldHideKeyResultsAndInitiativesTheCallerCannotBrowse() throws Exception {
        world.metric("AC-77", "AC-1", 0, 10, 5);
        world.issues.epic("AC-88", "AC-2");
        world.issues.issue("AC-89").in("AC-88").done(OkrWorld.at("2015-07-02"));
        world.jira.secure("AC-77").secure("AC-88");
        world.jira.as(Role.VIEWER);
        HttpResponse<String> response = server.get(tree());
        JsonNode objective = ok(response).at("/objectives/0");
        assertEquals(1, objective.get("hiddenKeyResults").asInt());
        assertEquals(2, objective.get("keyResults").size());
        assertEquals(1, kr(objective, "AC-2").get("hiddenInitiatives").asInt());
        assertEquals("the hidden KR's term has no key", 1, countNullKeys(objective.get("terms")));
        assertFalse(response.body(), response.body().contains("AC-77"));
        assertFalse(response.body(), response.body().contains("AC-88"));
        assertEquals("a hidden KR answers as if it did not exist", 404, server.get("/keyresults/AC-77").statusCode());
    }

    @Test
    public void shouldMeasureAKeyResultAsOfAnInstantWithItsProvenance() throws Exception {
        world.jira.as(Role.VIEWER);
        JsonNode then = ok(server.get("/keyresults/AC-2?asOf=2015-07-15T00:00:00Z"));
        assertEquals("2015-07-15T00:00:00Z", then.get("asOf").asText());
        assertEquals(1, then.at("/keyResult/done").asInt());
        assertEquals(0.25, then.at("/keyResult/progress").asDouble(), 1e-9);
        JsonNode first = then.at("/issues/0");
        assertEquals("AC-11", first.get("key").asText());
        assertEquals("AC-10", first.get("via").asText());
        assertEquals("transition", first.get("doneSource").asText());
        assertEquals("AC-1", then.get("objectiveKey").asText());

        JsonNode metric = ok(server.get("/keyresults/AC-3?asOf=2015-07-20"));
        assertEquals("12 as of July 20: (12 - 10) / (20 - 10)", 0.2, metric.at("/keyResult/progress").asDouble(),
                1e-9);
        assertEquals(3, metric.at("/keyResult/metric/history").size());
    }

    @Test
    public void shouldReviewASprint() throws Exception {
        world.jira.as(Role.VIEWER);
        JsonNode review = ok(server.get("/sprints/7/review?project=AC"));
        assertEquals("Sprint 7", review.at("/sprint/name").asText());
        assertEquals("2015-07-21T00:00:00Z", review.get("windowEnd").asText());
        JsonNode count = kr(review, "AC-2");
        assertEquals(0.0, count.get("progressAtStart").asDouble(), 1e-9);
        assertEquals(0.5, count.get("progressAtEnd").asDouble(), 1e-9);
        assertEquals("AC-13", count.at("/notDone/0").asText());
        assertEquals(8.0, count.get("pointsCompleted").asDouble(), 0.0);
        JsonNode alignment = review.get("alignment");
        assertEquals("AC-11, AC-12 and AC-20", 3, alignment.get("completed").asInt());
        assertEquals(2, alignment.get("aligned").asInt());
        assertEquals(8.0 / 9.0, alignment.get("pointsShare").asDouble(), 1e-9);
    }

    @Test
    public void shouldCountHiddenOpenSprintIssuesWithoutNamingThem() throws Exception {
        world.jira.secure("AC-13").as(Role.VIEWER);
        HttpResponse<String> response = server.get("/sprints/7/review?project=AC");
        JsonNode count = kr(ok(response), "AC-2");
        assertEquals(0, count.get("notDone").size());
        assertEquals(1, count.get("hiddenNotDone").asInt());
        assertFalse(response.body(), response.body().contains("AC-13"));
    }

    @Test
    public void shouldAnswerInTheCallersLanguage() throws Exception {
        world.jira.as(Role.VIEWER).speaking(java.util.Locale.KOREAN);
        JsonNode error = error(server.get("/keyresults/AC-2?asOf=yesterday"), 400);
        assertTrue(error.get("message").asText(), error.get("message").asText().contains("\uc2dc\uac01"));
    }

    // ------------------------------------------------------------------ what is not there

    @Test
    public void shouldReportDeletedInitiativesAsOrphans() throws Exception {
        world.store.initiatives.save("AC-2", new Initiative("AC-10", InitiativeScope.MUST_HAVE, 4, 2));
        world.store.initiatives.save("AC-2", new Initiative("AC-55", InitiativeScope.MUST_HAVE, 0, 0));
        world.issues.epic("AC-55", "AC-2");
        world.issues.delete("AC-55");
        world.jira.as(Role.VIEWER);
        JsonNode count = kr(ok(server.get(tree())).at("/objectives/0"), "AC-2");
        assertEquals("AC-55", count.at("/orphanInitiatives/0").asText());
        assertEquals(4, count.at("/initiatives/0/impact").asInt());
        assertEquals(0.75, count.get("progress").asDouble(), 1e-9);
    }

    @Test
    public void shouldNameAMissingStoryPointsFieldInsteadOfFailing() throws Exception {
        world.keyResult("AC-4", "AC-1", KeyResultKind.STORY_POINTS);
        world.issues.removeField(world.issues.storyPoints);
        world.jira.as(Role.VIEWER);
        JsonNode points = kr(ok(server.get(tree())).at("/objectives/0"), "AC-4");
        assertEquals("okr.error.field.missing", points.get("errorKey").asText());
        assertTrue(points.get("error").asText(), points.get("error").asText().contains("Story Points"));
    }

    @Test
    public void shouldRefuseASprintReviewWhenTheSprintFieldIsAmbiguous() throws Exception {
        world.issues.addField("customfield_19999", "Sprint");
        world.jira.as(Role.VIEWER);
        JsonNode error = error(server.get("/sprints/7/review?project=AC"), 409);
        assertEquals("okr.error.field.ambiguous", error.get("key").asText());
        assertTrue(error.get("message").asText(), error.get("message").asText().contains("customfield_19999"));
    }

    @Test
    public void shouldSayWhenTheSetupHasNotRun() throws Exception {
        world.store.schema.save(dev.northstar.okr.schema.OkrSchema.EMPTY);
        world.jira.as(Role.VIEWER);
        assertEquals("okr.error.setupIncomplete", error(server.get(tree()), 409).get("key").asText());
    }

    @Test
    public void shouldRefuseBadInput() throws Exception {
        world.jira.as(Role.VIEWER);
        JsonNode asOf = error(server.get("/keyresults/AC-2?asOf=last-tuesday"), 400);
        assertEquals("asOf", asOf.get("field").asText());
        assertEquals("okr.error.asOf", asOf.get("key").asText());
        assertEquals("project", error(server.get("/cycles/1/objectives"), 400).get("field").asText());
        assertEquals("project", error(server.get("/sprints/7/review"), 400).get("field").asText());
        assertEquals("okr.error.cycleNotFound", error(server.get("/cycles/abc/objectives?project=AC"), 404)
                .get("key").asText());
        assertEquals("okr.error.cycleNotFound", error(server.get("/cycles/999/objectives?project=AC"), 404)
                .get("key").asText());
        assertEquals("okr.error.sprintNotFound", error(server.get("/sprints/999/review?project=AC"), 404)
                .get("key").asText());
        assertEquals("okr.error.sprintNotFound", error(server.get("/sprints/x/review?project=AC"), 404)
                .get("key").asText());
        assertEquals("okr.error.issueNotFound", error(server.get("/keyresults/AC-999"), 404).get("key").asText());
        assertEquals("an objective is not a key result", "okr.error.keyResultNotFound",
                error(server.get("/keyresults/AC-1"), 404).get("key").asText());
        for (String outside : new String[] {"%2B1000000000-01-01T00:00:00Z", "-1000000000-01-01T00:00:00Z",
                "%2B10000-01-01T00:00:00Z", "-0001-12-31T00:00:00Z", "%2B292278994-08-17T07:12:55.808Z"}) {
            JsonNode range = error(server.get("/keyresults/AC-2?asOf=" + outside), 400);
            assertEquals(outside, "okr.error.instantRange", range.get("key").asText());
            assertEquals("asOf", range.get("field").asText());
        }
        assertEquals(200, server.get("/keyresults/AC-2?asOf=9999-12-31").statusCode());
        assertEquals(200, server.get("/keyresults/AC-2?asOf=0001-01-01T00:00:00Z").statusCode());
    }

    /**
     * Stored data from before the bounds (a cycle of two hundred million years, weights at the top of the range) and
     * extreme values in Jira (a target a hair from the start, a start beyond the bound, absurd story points) never fail
     * a read, and no figure is NaN, infinite or a number written as a string.
     */
    @Test
    public void shouldKeepEveryFigureAFiniteNumberWhateverIsStoredOrInJira() throws Exception {
        long ages = world.store.cycles.create(new dev.northstar.okr.domain.Cycle("Ages",
                java.time.Instant.parse("-100000000-01-01T00:00:00Z"),
                java.time.Instant.parse("+100000000-01-01T00:00:00Z")), "AC").id();
        world.issues.objective("AC-60");
        world.store.objectives.save(new dev.northstar.okr.objective.ObjectiveSettings("AC-60", ages, false,
                dev.northstar.okr.domain.Weight.of(dev.northstar.okr.domain.Weight.MAX), ""));
        world.issueCount("AC-61", "AC-60");
        world.issues.epic("AC-62", "AC-61");
        world.issues.issue("AC-63").in("AC-62").points(1e300).done(OkrWorld.at("2015-07-10"));
        world.metric("AC-64", "AC-60", 0, 1e-300, 1e10);
        world.metric("AC-65", "AC-60", 1e300, 2e300, 1.5e300);
        world.metric("AC-66", "AC-60", -1e15, 1e15, 0);
        world.jira.as(Role.VIEWER);

        String tree = server.get("/cycles/" + ages + "/objectives?project=AC").body();
        JsonNode objective = ok(server.get("/cycles/" + ages + "/objectives?project=AC")).at("/objectives/0");
        assertEquals(tree, "AC-60", objective.get("key").asText());
        assertEquals("okr.error.figureOutOfRange", kr(objective, "AC-64").get("errorKey").asText());
        assertEquals("okr.error.valueTooLarge", kr(objective, "AC-65").get("errorKey").asText());
        assertTrue(kr(objective, "AC-66").get("errorKey").isNull());
        assertEquals("an estimate beyond a million points counts as none", 1,
                kr(objective, "AC-61").get("unestimated").asInt());
        assertTrue(objective.toString(), objective.get("progress").isNumber());
        for (String path : new String[] {"/cycles/" + ages + "/objectives?project=AC", "/keyresults/AC-61",
                "/keyresults/AC-64", "/keyresults/AC-65", "/keyresults/AC-64?asOf=2015-07-01",
                "/sprints/7/review?project=AC"}) {
            HttpResponse<String> answer = server.get(path);
            assertEquals(path + ": " + answer.body(), 200, answer.statusCode());
            for (String bad : new String[] {"NaN", "Infinity"}) {
                assertFalse(path + " prints " + bad + ": " + answer.body(), answer.body().contains(bad));
            }
            assertNoNumberAsText(JSON.readTree(answer.body()), path);
        }
    }

    /** Every field the API documents as a number is a JSON number or null, never a text. */
    private static void assertNoNumberAsText(JsonNode node, String where) {
        if (node.isTextual()) {
            assertFalse(where + ": a number written as text: " + node,
                    node.asText().matches("-?(NaN|Infinity|[0-9.]+(E[0-9+-]+)?)"));
        }
        node.elements().forEachRemaining(child -> assertNoNumberAsText(child, where));
    }

    @Test
    public void shouldNotShowACycleOfAnotherProject() throws Exception {
        long other = world.store.cycles.create(world.cycle.cycle(), "TIMOB").id();
        world.jira.as(Role.VIEWER);
        assertEquals(404, server.get("/cycles/" + other + "/objectives?project=AC").statusCode());
    }

    // ------------------------------------------------------------------ no figure is an oracle

    /**
     * A member who cannot browse a secured issue aims a key result's query at it (its count, its story points, its
     * being done) and reads the figures: they show nothing of it, because the query runs with the member's own
     * permissions. Saved by someone who may see it, the figures count it (and never name it to the member).
     */
    @Test
    public void shouldLetNoQueryAimedAtAHiddenIssueTellItsSaverAnythingAboutIt() throws Exception {
        world.issues.issue("AC-90").points(13).done(OkrWorld.at("2015-07-10"));
        world.jira.secure("AC-90");
        world.jira.as(Role.MEMBER);
        assertEquals(404, server.get("/keyresults/AC-90").statusCode());

        ok(server.put("/keyresults/AC-3/settings", "{\"metricFrom\": \"jql-count\", \"jql\": \"key = AC-90\"}"));
        assertEquals(0.0, ok(server.get("/keyresults/AC-3")).at("/keyResult/metric/value").asDouble(), 0.0);
        ok(server.put("/keyresults/AC-3/settings", "{\"metricFrom\": \"jql-sum\","
                + " \"aggregateField\": \"Story Points\"}"));
        assertEquals(0.0, ok(server.get("/keyresults/AC-3")).at("/keyResult/metric/value").asDouble(), 0.0);
        ok(server.put("/keyresults/AC-2/settings", "{\"jql\": \"key = AC-90\"}"));
        JsonNode scope = ok(server.get("/keyresults/AC-2"));
        assertEquals(scope.toString(), 4, scope.at("/keyResult/total").asInt());
        assertEquals(3, scope.at("/keyResult/done").asInt());
        assertEquals(0, scope.at("/keyResult/hiddenIssues").asInt());

        world.jira.as(Role.PROJECT_ADMIN);
        ok(server.put("/keyresults/AC-3/settings", "{\"weight\": 1}"));
        world.jira.as(Role.MEMBER);
        JsonNode vouched = ok(server.get("/keyresults/AC-3"));
        assertEquals("the project admin's query sees it", 13.0, vouched.at("/keyResult/metric/value").asDouble(), 0.0);
        assertFalse(vouched.toString().contains("AC-90"));
    }

    /**
     * A sprint of a board whose projects the caller may not browse answers exactly like a sprint that does not exist:
     * no name, no dates, no totals, even asked for with a project the caller may browse.
     */
    @Test
    public void shouldAnswerASprintOfProjectsTheCallerCannotBrowseLikeAMissingOne() throws Exception {
        JiraIssues.SprintStandIn hidden = new JiraIssues.SprintStandIn(9, "Secret sprint", "CLOSED",
                OkrWorld.at("2015-08-03"), OkrWorld.at("2015-08-10"), OkrWorld.at("2015-08-10"));
        world.issues.issue("SEC-1").points(8).sprints(hidden).done(OkrWorld.at("2015-08-05"));
        world.issues.issue("SEC-2").sprints(hidden);
        world.jira.restrict("SEC");
        for (Role role : new Role[] {Role.VIEWER, Role.MEMBER}) {
            world.jira.as(role);
            HttpResponse<String> answer = server.get("/sprints/9/review?project=AC");
            JsonNode body = error(answer, 404);
            assertEquals("okr.error.sprintNotFound", body.get("key").asText());
            assertEquals("sprintId", body.get("field").asText());
            assertEquals("the same answer as for a sprint that does not exist",
                    server.get("/sprints/999/review?project=AC").body().replace("999", "9"), answer.body());
            assertFalse(answer.body().contains("Secret"));
        }
        world.jira.as(Role.PROJECT_ADMIN);
        assertEquals("Secret sprint", ok(server.get("/sprints/9/review?project=AC")).at("/sprint/name").asText());

        world.issues.issue("AC-30").sprints(hidden);
        world.issueChanged("AC-30");
        world.jira.as(Role.VIEWER);
        assertEquals("one of its projects is enough", 200, server.get("/sprints/9/review?project=AC").statusCode());
    }

    /**
     * The admin's choice: by default an issue a viewer cannot browse is counted (never named); left out, each viewer's
     * figures are made of what they may browse only: scopes, key results in the roll-up and the sprint's totals.
     */
    @Test
    public void shouldLeaveHiddenIssuesOutOfAViewersFiguresWhenTheAdminChoosesSo() throws Exception {
        world.jira.secure("AC-12").secure("AC-3");
        world.jira.as(Role.VIEWER);
        JsonNode counted = ok(server.get("/keyresults/AC-2"));
        assertEquals(4, counted.at("/keyResult/total").asInt());
        assertEquals(1, counted.at("/keyResult/hiddenIssues").asInt());
        JsonNode countedTree = ok(server.get(tree())).at("/objectives/0");
        assertEquals(1, countedTree.get("hiddenKeyResults").asInt());
        assertEquals(2.0, countedTree.get("weightSum").asDouble(), 0.0);
        JsonNode countedSprint = ok(server.get("/sprints/7/review?project=AC")).get("alignment");

        world.settings.update(now -> new dev.northstar.okr.settings.AppSettings(now.paceOnTrack(), now.paceAtRisk(),
                now.justStartedBelow(), now.staleDays(), now.enabledProjects(), now.storyPointsField(),
                now.sprintField(), now.weightToDo(), now.weightInProgress(), now.weightDone(),
                dev.northstar.okr.settings.AppSettings.HIDDEN_LEAVE_OUT));
        JsonNode leftOut = ok(server.get("/keyresults/AC-2"));
        assertEquals("AC-11, AC-13 and AC-14: AC-12 is left out", 3, leftOut.at("/keyResult/total").asInt());
        assertEquals(2, leftOut.at("/keyResult/done").asInt());
        assertEquals(0, leftOut.at("/keyResult/hiddenIssues").asInt());
        JsonNode tree = ok(server.get(tree())).at("/objectives/0");
        assertEquals("the hidden key result leaves the roll-up", 1.0, tree.get("weightSum").asDouble(), 0.0);
        assertEquals(0, tree.get("hiddenKeyResults").asInt());
        assertEquals(kr(tree, "AC-2").get("capped").asDouble(), tree.get("progress").asDouble(), 1e-9);
        JsonNode sprint = ok(server.get("/sprints/7/review?project=AC")).get("alignment");
        assertEquals("AC-12 was completed in sprint 7", countedSprint.get("completed").asInt() - 1,
                sprint.get("completed").asInt());
        assertFalse(sprint.toString().contains("AC-12"));

        world.jira.as(Role.PROJECT_ADMIN);
        assertEquals("who may see everything sees everything counted", 4,
                ok(server.get("/keyresults/AC-2")).at("/keyResult/total").asInt());
        assertEquals(2.0, ok(server.get(tree())).at("/objectives/0").get("weightSum").asDouble(), 0.0);
    }

    // ------------------------------------------------------------------ helpers

    private static int countNullKeys(JsonNode terms) {
        int n = 0;
        for (JsonNode t : terms) {
            n += t.get("key").isNull() ? 1 : 0;
        }
        return n;
    }

    private static JsonNode kr(JsonNode holder, String key) {
        for (JsonNode kr : holder.get("keyResults")) {
            if (key.equals(kr.get("key").asText())) {
                return kr;
            }
        }
        throw new AssertionError("no key result " + key + " in " + holder);
    }

    private static JsonNode ok(HttpResponse<String> response) throws Exception {
        assertEquals(response.body(), 200, response.statusCode());
        return JSON.readTree(response.body());
    }

    private static JsonNode error(HttpResponse<String> response, int status) throws Exception {
        assertEquals(response.body(), status, response.statusCode());
        assertFalse("leaks internals: " + response.body(),
                response.body().contains("Exception") || response.body().contains("at dev."));
        JsonNode body = JSON.readTree(response.body());
        assertEquals(status, body.get("status").asInt());
        assertNull(body.get("stackTrace"));
        return body;
    }
}
