package dev.northstar.okr.local.playground;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.okr.testing.RestAssert;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.HashMap;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The journey "closing and grading a cycle" in a real browser (Debian's headless Chromium), through the screens
 * only: a project administrator creates, changes and deletes a project cycle on the project's cycles page; the
 * Jira administrator closes the demo quarter from the admin page's cycle table and lands on its grading page, where
 * the team lead grades an objective and a key result with a note (a grade out of range is refused next to its
 * field, in the visitor's language); the grades show on the issue panels and in the overview. The journey ends by
 * checking what the REST API reports (GET only). And: deleting a cycle that holds objectives is refused, naming
 * them. Every test leaves a screenshot in target/screenshots; the {@code screen-*} ones are docs/playground.md's.
 */
public class PlaygroundCycleGradingBrowserIT extends PlaygroundBrowserTest {
    private static final String REST = Playground.REST;
    private static final String PAGES = Pages.PAGES;

    /** A playground of its own: this journey closes the demo quarter, which the other browser tests keep open. */
    @ClassRule
    public static final RunningPlayground PLAYGROUND = new RunningPlayground();

    @Override
    protected RunningPlayground playground() {
        return PLAYGROUND;
    }

    @Test
    public void shouldCloseAndGradeACycleThroughTheScreens() {
        // a project administrator manages the project's own cycles on its cycles page
        open(PAGES + "cycles?project=OKR&as=lead&lang=en");
        assertTrue("the global demo quarter is the Jira administrators'",
                row("Demo quarter").findElements(By.cssSelector(".okr-cycle-actions button")).isEmpty());
        WebElement create = browser.findElement(By.cssSelector("form.okr-cycle-create"));
        create.findElement(By.name("name")).sendKeys("Team sprint quarter");
        // the API's translated message appears next to the field it names
        setDate(create.findElement(By.name("start")), "2031-04-01");
        setDate(create.findElement(By.name("end")), "2031-03-30");
        create.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement endError = create.findElement(By.cssSelector("[data-okr-error-for=end]"));
        wait(d -> !endError.getText().isEmpty());
        assertEquals(RestAssert.json(PLAYGROUND.postJson(REST + "/cycles", "lead", "{\"name\": \"x\", \"start\":"
                + " \"2031-04-01\", \"end\": \"2031-03-30\", \"project\": \"OKR\"}").body()).get("message").asText(),
                endError.getText());
        setDate(create.findElement(By.name("start")), "2031-01-01");
        setDate(create.findElement(By.name("end")), "2031-03-30");
        create.findElement(By.cssSelector("button[type=submit]")).click();
        wait(SystemChromium.gone(create));
        WebElement created = wait(d -> row("Team sprint quarter"));
        assertTrue(created.getText(), created.getText().contains("Mar 30, 2031"));

        created.findElement(By.cssSelector(".okr-cycle-edit")).click();
        WebElement edit = wait(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".okr-cycle-edit-row:not([hidden]) form.okr-cycle-edit-form")));
        WebElement name = edit.findElement(By.name("name"));
        name.clear();
        name.sendKeys("Team Q1 2031");
        setDate(edit.findElement(By.name("end")), "2031-03-31");
        edit.findElement(By.cssSelector("button[type=submit]")).click();
        wait(SystemChromium.gone(edit));
        WebElement changed = wait(d -> row("Team Q1 2031"));
        assertTrue(changed.getText(), changed.getText().contains("Jan 1, 2031") && changed.getText()
                .contains("Mar 31, 2031"));
        JsonNode teamCycle = cycleNamed(RestAssert.json(PLAYGROUND.get(REST + "/cycles?project=OKR", "lead").body()),
                "Team Q1 2031");
        assertEquals("OKR", teamCycle.get("project").asText());
        assertEquals("2031-04-01T00:00:00Z", teamCycle.get("end").asText());
        SystemChromium.fitWindowToPage(browser);
        SystemChromium.screenshot(browser, "screen-cycles");

        // nothing is placed in it yet, so it may go
        changed.findElement(By.cssSelector(".okr-cycle-delete")).click();
        confirm("Delete");
        wait(SystemChromium.gone(changed));
        wait(d -> d.findElements(By.xpath("//tr[td[text()='Team Q1 2031']]")).isEmpty());

        // the Jira administrator closes the demo quarter from the admin page and lands on its grading page
        open(PAGES + "admin?as=admin&lang=en");
        row("Demo quarter").findElement(By.cssSelector(".okr-cycle-close")).click();
        String question = confirm("Close");
        assertTrue(question, question.startsWith("Close cycle \"Demo quarter\" now?"));
        wait(d -> d.getCurrentUrl().contains(PAGES + "grading?cycleId=1"));

        // the team lead grades an objective and a key result, with a note each
        open(PAGES + "grading?cycleId=1&as=lead&lang=ko");
        WebElement objective = gradingRow("OKR-10");
        WebElement score = objective.findElement(By.name("score"));
        score.clear();
        score.sendKeys("1.5");
        objective.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement error = objective.findElement(By.cssSelector("[data-okr-error-for=score]"));
        wait(d -> !error.getText().isEmpty());
        String refused = RestAssert.json(PLAYGROUND.send(PLAYGROUND.request(REST + "/cycles/1/grades/OKR-10", "lead",
                "ko").header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers
                .ofString("{\"score\": 1.5}"))).body()).get("message").asText();
        assertEquals(refused, error.getText());
        assertTrue(error.getText(), error.getText().chars().anyMatch(c -> c >= 0xac00 && c <= 0xd7a3));

        open(PAGES + "grading?cycleId=1&lang=en");
        JsonNode tree = RestAssert.json(PLAYGROUND.get(REST + "/cycles/1/objectives?project=OKR", "lead").body());
        Map<String, Double> progress = new HashMap<>();
        tree.findParents("key").forEach(n -> {
            if (n.has("progress")) {
                progress.put(n.get("key").asText(), n.get("progress").asDouble());
            }
        });
        objective = gradingRow("OKR-10");
        assertEquals("the suggestion is the progress the REST API reports at the cycle's end, capped",
                suggestion(progress.get("OKR-10")), objective.findElement(By.cssSelector(".okr-suggestion")).getText());
        grade(objective, "0.6", "The target was about right: checkout shipped, errors halved.");
        WebElement keyResult = gradingRow("OKR-12");
        assertEquals(suggestion(progress.get("OKR-12")), keyResult.findElement(By.cssSelector(".okr-suggestion"))
                .getText());
        grade(keyResult, "0.7", "Too low: refunds were harder than planned.");
        SystemChromium.fitWindowToPage(browser);
        browser.executeScript("window.scrollTo(0, 0);");
        SystemChromium.screenshot(browser, "screen-grading");

        // the grades show where the team looks
        open("/browse/OKR-10?lang=en");
        WebElement panel = browser.findElement(By.cssSelector("[data-panel=okr-objective-panel]"));
        assertEquals("0.6", panel.findElement(By.cssSelector(".okr-grade-score")).getText());
        assertTrue(panel.getText(), panel.getText().contains("The target was about right: checkout shipped"));
        open("/browse/OKR-12");
        WebElement krPanel = browser.findElement(By.cssSelector(".okr-kr-panel"));
        assertEquals("0.7", krPanel.findElement(By.cssSelector(".okr-grade-score")).getText());
        assertTrue(krPanel.getText(), krPanel.getText().contains("Too low: refunds were harder than planned."));
        open(PAGES + "overview?cycleId=1");
        // (lozenges are upper case on the screen; their text is as written)
        java.util.List<String> lozenges = browser.findElements(By.cssSelector(".okr-tree .okr-grade-lozenge")).stream()
                .map(l -> l.getAttribute("textContent")).toList();
        assertEquals(java.util.List.of("Grade 0.6", "Grade 0.7"), lozenges);

        // what the REST API reports
        JsonNode cycle = RestAssert.json(PLAYGROUND.get(REST + "/cycles/1", "lead").body());
        assertTrue(cycle.toString(), cycle.get("closed").asBoolean());
        JsonNode grades = RestAssert.json(PLAYGROUND.get(REST + "/cycles/1/grades", "lead").body()).get("grades");
        assertEquals(grades.toString(), 2, grades.size());
        assertEquals("OKR-10", grades.get(0).get("issueKey").asText());
        assertEquals(0.6, grades.get(0).get("score").asDouble(), 0);
        assertEquals("The target was about right: checkout shipped, errors halved.",
                grades.get(0).get("note").asText());
        assertEquals("OKR-12", grades.get(1).get("issueKey").asText());
        assertEquals(0.7, grades.get(1).get("score").asDouble(), 0);
        assertEquals("lead", grades.get(1).get("gradedBy").asText());
        assertFalse("the deleted project cycle is gone", PLAYGROUND.get(REST + "/cycles?project=OKR", "lead").body()
                .contains("Team Q1 2031"));
    }

    @Test
    public void shouldRefuseToDeleteACycleThatHoldsObjectivesSayingWhichOnes() {
        open(PAGES + "admin?as=admin&lang=en");
        WebElement demo = row("Demo quarter");
        demo.findElement(By.cssSelector(".okr-cycle-delete")).click();
        confirm("Delete");
        WebElement error = demo.findElement(By.cssSelector(".okr-cycle-error"));
        wait(d -> !error.getText().isEmpty());
        assertEquals("Cycle \"Demo quarter\" cannot be deleted while objectives are placed in it: OKR-1, OKR-10,"
                + " OKR-20. Place them in another cycle first.", error.getText());
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", demo);
        SystemChromium.screenshot(browser, "playground-cycle-delete-refused");
        browser.navigate().refresh();
        assertTrue("still there", row("Demo quarter").isDisplayed());
        assertEquals(200, PLAYGROUND.get(REST + "/cycles/1", "viewer").statusCode());
    }

    // ------------------------------------------------------------------

    /** The cycle table's row of the cycle with this name. */
    private WebElement row(String name) {
        return browser.findElement(By.xpath("//tr[contains(@class, 'okr-cycle-row')][td[text()='" + name + "']]"));
    }

    private WebElement gradingRow(String key) {
        return browser.findElement(By.cssSelector("tr.okr-grading-row[data-okr-key='" + key + "']"));
    }

    /** Accepts the AUI confirmation dialog, whose button says what it does; returns its question. */
    private String confirm(String action) {
        WebElement dialog = wait(ExpectedConditions.visibilityOfElementLocated(By.id("okr-cycle-confirm")));
        WebElement yes = dialog.findElement(By.cssSelector(".okr-confirm-yes"));
        assertEquals(action, yes.getText());
        String asked = dialog.findElement(By.cssSelector(".okr-confirm-question")).getText();
        assertFalse(asked.isEmpty());
        yes.click();
        // hidden, or gone with the page the action leads to
        wait(ExpectedConditions.or(ExpectedConditions.invisibilityOf(dialog), SystemChromium.gone(dialog)));
        return asked;
    }

    /** Grades one row through its form and waits for the saved grade in the row's status. */
    private void grade(WebElement row, String score, String note) {
        WebElement field = row.findElement(By.name("score"));
        field.clear();
        field.sendKeys(score);
        row.findElement(By.name("note")).sendKeys(note);
        row.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement status = row.findElement(By.cssSelector(".okr-grade-status"));
        wait(d -> status.getText().equals("Saved: graded " + score + "."));
    }

    /** A date input takes typed digits in the browser's locale; its value set directly is the same everywhere. */
    private void setDate(WebElement input, String isoDate) {
        browser.executeScript("arguments[0].value = arguments[1];", input, isoDate);
    }

    private static JsonNode cycleNamed(JsonNode list, String name) {
        for (JsonNode c : list.get("cycles")) {
            if (c.get("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no cycle " + name + " in " + list);
    }

    /** How the grading page shows a suggestion: the progress capped to 0..1, to two decimals, at least one. */
    private static String suggestion(double progress) {
        double capped = Math.max(0, Math.min(1, progress));
        String text = java.math.BigDecimal.valueOf(capped).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
        return text.contains(".") ? text : text + ".0";
    }
}
