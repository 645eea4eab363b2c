package dev.northstar.okr.local.playground;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.okr.local.simjira.DemoUser;
import dev.northstar.okr.schema.OkrSchema;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;

import static dev.northstar.okr.testing.RestAssert.ok;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Jira's issue picker REST resource on the playground, which the app's key fields ask as the user types: the shape
 * Jira answers, only issues the visitor may browse, key prefixes and summary words, and the {@code currentJQL} that
 * narrows the suggestions to objectives, key results or neither.
 */
public class IssuePickerApiTest {
    @ClassRule
    public static final RunningPlayground PLAYGROUND = new RunningPlayground();

    @Test
    public void shouldAnswerAsJiraDoesWithTheCurrentSearchSection() {
        JsonNode answer = ok(PLAYGROUND.get(picker("one-page", null) + "&showSubTasks=false", "member"), 200);
        assertEquals(1, answer.get("sections").size());
        JsonNode section = answer.get("sections").get(0);
        assertEquals("cs", section.get("id").asText());
        assertEquals("Current Search", section.get("label").asText());
        assertEquals("Showing 2 of 2 matching issues", section.get("sub").asText());
        assertEquals(List.of("OKR-11", "SHOP-1"), keys(answer));
        JsonNode epic = section.get("issues").get(1);
        assertEquals("SHOP-1", epic.get("key").asText());
        assertEquals("One-page checkout", epic.get("summaryText").asText());
        assertEquals("<b>One-page</b> checkout", epic.get("summary").asText());
        assertEquals("SHOP-1", epic.get("keyHtml").asText());
        assertTrue(epic.get("img").asText(), epic.get("img").asText().endsWith("epic.svg"));
    }

    @Test
    public void shouldMatchKeyPrefixesAndLeaveTheCurrentIssueOut() {
        assertEquals(List.of("SHOP-3", "SHOP-30", "SHOP-31", "SHOP-32", "SHOP-33", "SHOP-34"),
                keys(ok(PLAYGROUND.get(picker("shop-3", null), "lead"), 200)));
        assertEquals(List.of("SHOP-30", "SHOP-31", "SHOP-32", "SHOP-33", "SHOP-34"),
                keys(ok(PLAYGROUND.get(picker("shop-3", null) + "&currentIssueKey=SHOP-3", "lead"), 200)));
        JsonNode bold = ok(PLAYGROUND.get(picker("shop-3", null), "lead"), 200).get("sections").get(0)
                .get("issues").get(1);
        assertEquals("<b>SHOP-3</b>0", bold.get("keyHtml").asText());
    }

    @Test
    public void shouldSuggestOnlyIssuesTheVisitorMayBrowse() {
        // SHOP-33 is under the security level: the lead is in it, the viewer and the member are not
        assertTrue(keys(ok(PLAYGROUND.get(picker("card", null), "lead"), 200)).contains("SHOP-33"));
        List<String> viewer = keys(ok(PLAYGROUND.get(picker("card", null), "viewer"), 200));
        assertEquals(List.of("SHOP-12", "SHOP-31"), viewer);
        assertEquals(List.of(), keys(ok(PLAYGROUND.get(picker("SHOP-33", null), "viewer"), 200)));
        assertFalse(keys(ok(PLAYGROUND.get(picker("shop-3", null), "member"), 200)).contains("SHOP-33"));
        // the outsider browses only the OKR project; nobody logged in browses nothing here
        assertEquals(List.of("OKR-2", "OKR-10", "OKR-11", "OKR-13", "OKR-14"),
                keys(ok(PLAYGROUND.get(picker("checkout", null), "outsider"), 200)));
        assertEquals(List.of(), keys(ok(PLAYGROUND.get(picker("checkout", null), DemoUser.ANONYMOUS), 200)));
    }

    @Test
    public void shouldNarrowTheSuggestionsByTheCurrentJql() {
        OkrSchema schema = PLAYGROUND.playground().components().schemaStore().current();
        String objective = schema.objectiveTypeId();
        String keyResult = schema.keyResultTypeId();
        assertEquals(List.of("OKR-10"), keys(ok(PLAYGROUND.get(picker("checkout", "issuetype = " + objective),
                "member"), 200)));
        assertEquals(List.of("OKR-2", "OKR-11", "OKR-13", "OKR-14"), keys(ok(PLAYGROUND.get(picker("checkout",
                "issuetype in (" + keyResult + ")"), "member"), 200)));
        List<String> initiatives = keys(ok(PLAYGROUND.get(picker("checkout", "issuetype not in (" + objective + ", "
                + keyResult + ")"), "member"), 200));
        assertEquals(List.of("SHOP-1", "SHOP-11", "SHOP-15", "SHOP-16", "SHOP-41"), initiatives);
        assertEquals(List.of("SHOP-1"), keys(ok(PLAYGROUND.get(picker("checkout", "issuetype = Epic"), "member"),
                200)));
        JsonNode refused = ok(PLAYGROUND.get(picker("checkout", "summary ~ checkout"), "member"), 400);
        assertFalse(refused.get("errorMessages").get(0).asText().isBlank());
    }

    @Test
    public void shouldGiveTheSummaryAsPlainTextAndEscapedHtml() {
        JsonNode issue = ok(PLAYGROUND.get(picker("script", null), "member"), 200).get("sections").get(0)
                .get("issues").get(0);
        assertEquals("SHOP-40", issue.get("key").asText());
        assertEquals("<script>alert(1)</script>", issue.get("summaryText").asText());
        assertEquals("&lt;<b>script</b>&gt;alert(1)&lt;/<b>script</b>&gt;", issue.get("summary").asText());
    }

    private static String picker(String query, String jql) {
        return IssuePickerApi.PATH + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + (jql == null ? "" : "&currentJQL=" + URLEncoder.encode(jql, StandardCharsets.UTF_8));
    }

    private static List<String> keys(JsonNode answer) {
        return StreamSupport.stream(answer.get("sections").get(0).get("issues").spliterator(), false)
                .map(i -> i.get("key").asText()).toList();
    }
}
