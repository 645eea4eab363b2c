package dev.northstar.okr.local.simjira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.web.bean.PagerFilter;
import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.okr.local.playground.Playground;
import dev.northstar.okr.local.playground.RunningPlayground;
import dev.northstar.okr.testing.RestAssert;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The part of JQL the simulated Jira runs: what it finds over the demo's issues, the translated refusal of anything
 * beyond it, and both reaching a key result through the real settings endpoint and read service.
 */
public class SimJqlTest {
    private static final String REST = Playground.REST;

    @ClassRule
    public static final RunningPlayground PLAYGROUND = new RunningPlayground();

    @Test
    public void shouldFindIssuesByProjectTypeStatusCategoryEpicAndSprint() {
        assertEquals(Set.of("SHOP-1", "SHOP-2", "SHOP-3"), keys("project = SHOP AND issuetype = Epic"));
        assertTrue(keys("\"Epic Link\" = SHOP-3").contains("SHOP-33"));
        assertEquals(keys("parent in (SHOP-3)"), keys("\"epic link\" = shop-3"));
        Set<String> notDone = keys("project = SHOP and statusCategory != Done and sprint = 41");
        Set<String> sprint = keys("sprint = 41 ORDER BY key");
        assertFalse(sprint.isEmpty());
        assertTrue(sprint.containsAll(notDone));
        assertTrue(notDone.size() < sprint.size());
        assertEquals(Set.of(), keys("project not in (SHOP, SEARCH, OKR)"));
    }

    @Test
    public void shouldRefuseJqlBeyondItsSubsetInTheVisitorsLanguage() {
        for (String query : List.of("summary ~ checkout", "project = SHOP OR project = OKR", "assignee = currentUser()",
                "project =", "project in (SHOP", "", "created > -2w")) {
            SimJql.Parsed parsed = SimJql.parse(query, Locale.ENGLISH);
            assertFalse(query, parsed.valid());
            assertEquals(query, 1, parsed.problems().size());
        }
        assertTrue(SimJql.parse("summary ~ x", Locale.ENGLISH).problems().get(0).contains("\"summary\""));
        assertTrue(SimJql.parse("summary ~ x", Locale.KOREAN).problems().get(0).contains("\ud544\ub4dc"));
    }

    @Test
    public void shouldMeasureAKeyResultByItsJqlAndRefuseAQueryItCannotRun() {
        HttpResponse<String> refused = put("OKR-21", "{\"jql\": \"text ~ search\"}", "ko");
        assertEquals(refused.body(), 400, refused.statusCode());
        JsonNode error = RestAssert.json(refused.body());
        assertEquals("jql", error.get("field").asText());
        assertTrue(error.get("message").asText(), error.get("message").asText().contains("\"text\""));

        HttpResponse<String> stored = put("OKR-21", "{\"jql\": \"project = SHOP AND issuetype = Bug\"}", "en");
        assertEquals(stored.body(), 200, stored.statusCode());
        JsonNode detail = RestAssert.json(PLAYGROUND.get(REST + "/keyresults/OKR-21", "admin").body());
        Set<String> bugs = keys("project = SHOP AND issuetype = Bug");
        assertFalse(bugs.isEmpty());
        Set<String> listed = new TreeSet<>();
        detail.get("issues").forEach(i -> listed.add(i.get("key").asText()));
        assertTrue(listed + " should hold " + bugs, listed.containsAll(bugs));
    }

    private static HttpResponse<String> put(String key, String json, String lang) {
        return PLAYGROUND.send(PLAYGROUND.request(REST + "/keyresults/" + key + "/settings", "admin", lang)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The keys Jira's search finds for the query, through the simulated Jira's SearchService. */
    private static Set<String> keys(String jql) {
        SearchService search = PLAYGROUND.playground().jira().service(SearchService.class).orElseThrow();
        SearchService.ParseResult parsed = search.parseQuery(null, jql);
        assertTrue(jql + ": " + parsed.getErrors().getErrorMessages(), parsed.isValid());
        Set<String> found = new TreeSet<>();
        try {
            for (Issue issue : search.searchOverrideSecurity(null, parsed.getQuery(), new PagerFilter<>(0, 10_000))
                    .getResults()) {
                found.add(issue.getKey());
            }
        } catch (SearchException e) {
            throw new AssertionError(e);
        }
        return found;
    }
}
