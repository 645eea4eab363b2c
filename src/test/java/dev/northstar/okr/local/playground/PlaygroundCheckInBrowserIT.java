package dev.northstar.okr.local.playground;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.okr.testing.RestAssert;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * A member's weekly check-in on the demo quarter, through the Key Result panel only (mouse and keyboard in headless
 * Chromium, no REST call from the test until the end): on an issue-count key result, the form pre-filled with what
 * Jira knows since the last check-in, confidence at the last one, the evidence put into the note with one click, the
 * check-in in the history with its author; on a metric, a wrong value refused next to its field in the member's
 * words, then the new value. The journey ends by reading what the REST API reports (GET only).
 */
public class PlaygroundCheckInBrowserIT extends PlaygroundBrowserTest {
    private static final String REST = Playground.REST;

    @ClassRule
    public static final RunningPlayground PLAYGROUND = new RunningPlayground();

    @Override
    protected RunningPlayground playground() {
        return PLAYGROUND;
    }

    @Test
    public void shouldLetAMemberCheckInWeeklyFromThePreFilledFormAlone() {
        // what the API says before the check-in: the test compares the screen with it, and clicks nothing through it
        JsonNode before = RestAssert.json(PLAYGROUND.get(REST + "/keyresults/OKR-21/checkins/since", "member").body());
        assertEquals("last-check-in", before.get("sinceBasis").asText());

        open("/browse/OKR-21?as=member&lang=en");
        WebElement form = browser.findElement(By.cssSelector("form.okr-checkin-form"));
        WebElement since = form.findElement(By.cssSelector(".okr-checkin-since"));
        String evidence = since.getText();
        assertTrue(evidence, evidence.contains("Since the last check-in on ")
                && evidence.contains("(confidence " + before.get("lastConfidence").asInt() + ", by Mo Member)"));
        assertTrue(evidence, evidence.contains("Progress " + percent(before.get("progressThen")) + " \u2192 "
                + percent(before.get("progressNow"))));
        List<String> named = new ArrayList<>();
        since.findElements(By.cssSelector(".okr-checkin-since-line")).stream()
                .filter(line -> line.getText().contains("completed"))
                .forEach(line -> line.findElements(By.tagName("a")).forEach(a -> named.add(a.getText())));
        List<String> completed = new ArrayList<>();
        before.at("/completed/keys").forEach(k -> completed.add(k.asText()));
        assertEquals("the issues the API names, on the screen", completed, named);
        assertTrue("the demo's search suggestions were done after the last check-in", completed.contains("SHOP-21"));
        assertTrue(evidence, evidence.contains("known from the next check-in"));

        Select confidence = new Select(form.findElement(By.name("confidence")));
        assertEquals("the last check-in's confidence", before.get("lastConfidence").asText(),
                confidence.getFirstSelectedOption().getDomProperty("value"));
        assertTrue("an issue-count key result takes no value", form.findElements(By.name("value")).isEmpty());

        // one click puts the evidence into the note; the member adds why
        since.findElement(By.cssSelector(".okr-checkin-use-note")).click();
        WebElement note = form.findElement(By.name("note"));
        String prefilled = note.getDomProperty("value");
        assertTrue(prefilled, prefilled.startsWith("Since the last check-in on ") && prefilled.contains("SHOP-21"));
        note.sendKeys("\nSuggestions are live; filters next.");
        confidence.selectByValue("8");
        SystemChromium.fitWindowToPage(browser);
        SystemChromium.screenshot(browser, "screen-checkin");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waitUntilReloaded(form);

        WebElement first = wait(d -> d.findElement(By.cssSelector(".okr-history tbody tr")));
        assertEquals("Mo Member", first.findElement(By.cssSelector(".okr-author")).getText());
        String shownNote = first.findElement(By.cssSelector(".okr-note")).getText();
        assertTrue(shownNote, shownNote.contains("SHOP-21")
                && shownNote.endsWith("Suggestions are live; filters next."));
        assertTrue(first.getText(), first.getText().contains("8 (+1)"));
        String after = browser.findElement(By.cssSelector(".okr-checkin-since")).getText();
        assertTrue("the new check-in recorded the scope: " + after, after.contains("(confidence 8, by Mo Member)")
                && after.contains("No issue entered the scope") && after.contains("No issue left the scope"));
        assertEquals("8", new Select(browser.findElement(By.name("confidence"))).getFirstSelectedOption()
                .getDomProperty("value"));

        // a metric: the new value, refused in the member's words when it is no number
        open("/browse/OKR-13?as=member&lang=en");
        WebElement metricForm = browser.findElement(By.cssSelector("form.okr-checkin-form"));
        String hint = metricForm.getText();
        assertTrue(hint, hint.contains("Now 7 per 1,000 orders"));
        WebElement value = metricForm.findElement(By.name("value"));
        value.sendKeys("six");
        metricForm.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement valueError = metricForm.findElement(By.cssSelector("[data-okr-error-for=value]"));
        wait(d -> !valueError.getText().isEmpty());
        assertEquals("This field must be a number.", valueError.getText());
        value.clear();
        value.sendKeys("6");
        metricForm.findElement(By.name("note")).sendKeys("validation fixes cut errors again");
        metricForm.findElement(By.cssSelector("button[type=submit]")).click();
        waitUntilReloaded(metricForm);
        WebElement metricRow = wait(d -> d.findElement(By.cssSelector(".okr-history tbody tr")));
        assertEquals("6 per 1,000 orders", metricRow.findElement(By.cssSelector(".okr-checkin-value")).getText());
        assertEquals("Mo Member", metricRow.findElement(By.cssSelector(".okr-author")).getText());

        // what the REST API reports now (GET only)
        JsonNode history = RestAssert.json(PLAYGROUND.get(REST + "/keyresults/OKR-21/checkins", "viewer").body());
        JsonNode latest = history.at("/checkIns/0");
        assertEquals(8, latest.get("confidence").asInt());
        assertEquals("member", latest.get("author").asText());
        assertEquals("Mo Member", latest.get("authorName").asText());
        assertTrue(latest.get("note").asText(), latest.get("note").asText().startsWith(prefilled)
                && latest.get("note").asText().endsWith("Suggestions are live; filters next."));
        assertEquals("from 7 to 8", 1, history.at("/trend/change").asInt());
        JsonNode now = RestAssert.json(PLAYGROUND.get(REST + "/keyresults/OKR-21/checkins/since", "member").body());
        assertEquals("last-check-in", now.get("sinceBasis").asText());
        assertEquals(latest.get("time").asText(), now.get("since").asText());
        assertEquals(8, now.get("lastConfidence").asInt());
        assertEquals("recorded", now.get("scopeBasis").asText());
        assertEquals(0, now.at("/entered/keys").size() + now.at("/entered/hidden").asInt());
        assertEquals(0, now.at("/left/keys").size() + now.at("/left/hidden").asInt());
        JsonNode metric = RestAssert.json(PLAYGROUND.get(REST + "/keyresults/OKR-13/checkins", "viewer").body());
        assertEquals(6.0, metric.at("/checkIns/0/value").asDouble(), 0.0);
        assertEquals("Mo Member", metric.at("/checkIns/0/authorName").asText());
        JsonNode metricSince = RestAssert.json(PLAYGROUND.get(REST + "/keyresults/OKR-13/checkins/since", "member")
                .body());
        assertEquals("field", metricSince.get("valueUse").asText());
        assertFalse(metricSince.hasNonNull("completed"));
        // the value reported went into the Key Result issue's current value field, through Jira's issue service
        JsonNode measured = RestAssert.json(PLAYGROUND.get(REST + "/keyresults/OKR-13", "viewer").body());
        assertEquals(measured.toString(), 6.0, measured.at("/keyResult/metric/value").asDouble(), 0.0);
    }

    /**
     * The panel's script reloads the page once the REST API stored the check-in: the form of before is gone. Asked
     * about a node of the page being replaced, Chromium may answer that the node "does not belong to the document"
     * instead of calling it stale; both mean it is gone.
     */
    private void waitUntilReloaded(WebElement before) {
        wait(SystemChromium.gone(before));
    }

    private static String percent(JsonNode fraction) {
        return Math.round(fraction.asDouble() * 100) + "%";
    }
}
