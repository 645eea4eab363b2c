package dev.northstar.okr.local.playground;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.okr.testing.RestAssert;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Journey 1 of issue 10, in headless Chromium, through the screens only: a team lead sets up a quarter from an empty
 * project. A Jira administrator enables OKRs in the web shop's project (SHOP, which has none); the lead creates the
 * team's own cycle on the project's cycles page, opens the project's overview, follows the guided start and creates an
 * objective in that cycle with four key results of different kinds (a metric from 2% to 3%, an issue count, story
 * points, and an issue count whose scope is a JQL query set on its panel with a preview), aligns it to the company
 * objective, moves the metric and makes it the owner's focus metric, links one epic as an initiative from a key
 * result's panel and makes another drive a key result from the epic's own panel, and rates both epics. It ends by
 * checking, with GETs of the REST API only, that what the API reports is what the screens show. Screenshots of each
 * new screen go to target/screenshots.
 */
public class TeamLeadQuarterBrowserIT extends PlaygroundBrowserTest {
    private static final String REST = Playground.REST;
    private static final String PAGES = Pages.PAGES;
    private static final String CYCLE = "Web shop quarter";
    private static final String BUGS = "project = SHOP AND issuetype = Bug";

    @ClassRule
    public static final RunningPlayground PLAYGROUND = new RunningPlayground();

    @Override
    protected RunningPlayground playground() {
        return PLAYGROUND;
    }

    @Test
    public void aTeamLeadSetsUpAQuarterFromAnEmptyProject() {
        // a Jira administrator enables OKRs in the team's project, on the administration page
        open(PAGES + "admin?as=admin&lang=en");
        WebElement enable = browser.findElement(By.cssSelector("form.okr-admin-enable"));
        enable.findElement(By.name("projectKey")).sendKeys("shop");
        enable.findElement(By.cssSelector("button[type=submit]")).click();
        wait(SystemChromium.gone(enable));

        // the team lead, a project administrator, creates the team's own cycle on the project's cycles page
        open(PAGES + "cycles?project=SHOP&as=lead&lang=en");
        WebElement newCycle = browser.findElement(By.cssSelector("form.okr-cycle-create"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        newCycle.findElement(By.name("name")).sendKeys(CYCLE);
        setValue(newCycle.findElement(By.name("start")), today.minusDays(14).toString());
        setValue(newCycle.findElement(By.name("end")), today.plusDays(76).toString());
        newCycle.findElement(By.cssSelector("button[type=submit]")).click();
        wait(SystemChromium.gone(newCycle));
        wait(d -> d.findElement(By.tagName("body")).getText().contains(CYCLE));

        // the team lead's overview of the empty project: the guided start, and the form
        open(PAGES + "overview?as=lead&lang=en&project=SHOP");
        WebElement guide = browser.findElement(By.cssSelector(".okr-guide"));
        assertTrue(guide.getText(), guide.getText().contains("Set up this quarter's OKRs in three steps"));
        browser.findElement(By.cssSelector(".okr-create-open")).click();
        WebElement form = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.okr-create-form")));
        assertEquals("SHOP", new Select(form.findElement(By.name("project"))).getFirstSelectedOption().getText());
        form.findElement(By.name("summary")).sendKeys("Make the web shop a pleasure to buy from");
        form.findElement(By.name("owner")).sendKeys("Web shop team");
        Select cycles = new Select(form.findElement(By.name("cycleId")));
        cycles.getOptions().stream().filter(o -> o.getText().startsWith(CYCLE)).findFirst()
                .ifPresentOrElse(o -> cycles.selectByValue(o.getDomProperty("value")),
                        () -> { throw new AssertionError("the team's cycle is not offered"); });
        form.findElement(By.cssSelector("label[for=okr-create-committed]")).click();
        keyResult(form, 0, "Raise conversion from 2% to 3%", "metric", "2", "3", "%");
        keyResult(form, 1, "Ship the one-page checkout", "issue-count", null, null, null);
        keyResult(form, 2, "Deliver the search work", "story-points", null, null, null);
        keyResult(form, 3, "Close the shop's bugs", "issue-count", null, null, null);
        SystemChromium.fitWindowToPage(browser);
        SystemChromium.screenshot(browser, "screen-new-objective");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait(SystemChromium.gone(form));

        // the overview now shows the objective with its key results
        WebElement created = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".okr-objective")));
        String objective = created.findElement(By.cssSelector("h3 a")).getText();
        List<String> krs = new ArrayList<>();
        created.findElements(By.cssSelector(".okr-keyresults td:first-child a")).forEach(a -> krs.add(a.getText()));
        assertEquals(krs.toString(), 4, krs.size());
        assertTrue(created.getText(), created.getText().contains("Make the web shop a pleasure to buy from"));

        // align the objective to the company objective, on its panel
        open("/browse/" + objective);
        WebElement align = browser.findElement(By.cssSelector(".okr-alignment-controls form.okr-link-form"));
        align.findElement(By.name("parent")).sendKeys("OKR-1");
        align.findElement(By.cssSelector("button[type=submit]")).click();
        wait(SystemChromium.gone(align));
        WebElement aligned = browser.findElement(By.cssSelector(".okr-alignment-controls"));
        assertTrue(aligned.getText(), aligned.getText().contains("Aligned to OKR-1"));

        // the metric moves from 2 to 2.5: half way, kept in the key result's own Jira field
        String metric = krs.get(0);
        open("/browse/" + metric);
        WebElement values = browser.findElement(By.cssSelector("form.okr-values-form"));
        assertEquals("2", values.findElement(By.name("start")).getDomProperty("value"));
        WebElement current = values.findElement(By.name("current"));
        current.clear();
        current.sendKeys("2.5");
        values.findElement(By.cssSelector("button[type=submit]")).click();
        wait(SystemChromium.gone(values));
        assertEquals("50%", browser.findElement(By.cssSelector(".okr-kr-panel .okr-percent")).getText());
        SystemChromium.fitWindowToPage(browser);
        SystemChromium.screenshot(browser, "screen-keyresult-values");

        // one epic linked from the issue-count key result's panel
        String count = krs.get(1);
        open("/browse/" + count);
        WebElement link = browser.findElement(By.cssSelector(".okr-initiative-links form.okr-link-form"));
        link.findElement(By.name("issueKey")).sendKeys("SHOP-1");
        link.findElement(By.cssSelector("button[type=submit]")).click();
        wait(SystemChromium.gone(link));
        // listed once, among the key result's ranked initiatives, with its Unlink
        WebElement initiatives = browser.findElement(By.cssSelector(".okr-initiatives"));
        assertTrue(initiatives.getText(), initiatives.getText().contains("SHOP-1"));
        assertEquals(1, initiatives.findElements(By.cssSelector("button.okr-unlink[data-okr-key=SHOP-1]")).size());
        assertTrue(browser.findElements(By.cssSelector(".okr-initiative-links .okr-link-row")).isEmpty());

        // another epic made to drive the story-points key result, from the epic's own panel
        String points = krs.get(2);
        open("/browse/SHOP-2");
        WebElement drive = browser.findElement(By.cssSelector(".okr-drive-controls form.okr-link-form"));
        drive.findElement(By.name("keyResult")).sendKeys(points);
        drive.findElement(By.cssSelector("button[type=submit]")).click();
        wait(SystemChromium.gone(drive));
        WebElement drives = browser.findElement(By.cssSelector(".okr-drive-controls"));
        assertTrue(drives.getText(), drives.getText().contains(points));
        SystemChromium.fitWindowToPage(browser);
        SystemChromium.screenshot(browser, "screen-initiative-drive");

        // the metric is the owner's focus metric, set in its settings form
        open("/browse/" + metric);
        WebElement metricSettings = openSettings();
        metricSettings.findElement(By.cssSelector("label[for^=okr-kr-focusMetric-]")).click();
        assertTrue(metricSettings.findElement(By.name("focusMetric")).isSelected());
        metricSettings.findElement(By.cssSelector("button[type=submit]")).click();
        wait(SystemChromium.gone(metricSettings));

        // the fourth key result counts the shop's bugs: a JQL query, previewed before it is saved
        String bugs = krs.get(3);
        open("/browse/" + bugs);
        WebElement bugSettings = openSettings();
        WebElement jql = bugSettings.findElement(By.name("jql"));
        jql.clear();
        jql.sendKeys(BUGS);
        bugSettings.findElement(By.cssSelector(".okr-jql-preview")).click();
        WebElement previewed = bugSettings.findElement(By.cssSelector(".okr-jql-count"));
        wait(d -> previewed.getText().matches("This query finds [0-9]+ issues? you may see\\."));
        int previewCount = Integer.parseInt(previewed.getText().replaceAll("[^0-9]", ""));
        assertTrue(previewed.getText(), previewCount > 0);
        bugSettings.findElement(By.cssSelector("button[type=submit]")).click();
        wait(SystemChromium.gone(bugSettings));

        // both epics rated on their key results' panels
        open("/browse/" + count);
        rate("SHOP-1", "must-have", "4", "2");
        open("/browse/" + points);
        rate("SHOP-2", "nice-to-have", "3", "3");

        // the figures the REST API reports (GETs only) are those the screens show
        long cycle = RestAssert.json(PLAYGROUND.get(REST + "/cycles?project=SHOP", "lead").body()).get("cycles")
                .findParents("name").stream().filter(c -> c.get("name").asText().equals(CYCLE)).findFirst()
                .orElseThrow().get("id").asLong();
        JsonNode tree = RestAssert.json(PLAYGROUND.get(REST + "/cycles/" + cycle + "/objectives?project=SHOP", "lead")
                .body());
        JsonNode o = tree.get("objectives").get(0);
        assertEquals(objective, o.get("key").asText());
        assertTrue(o.get("committed").asBoolean());
        assertEquals("Web shop team", o.get("owner").asText());
        assertEquals(4, o.get("keyResults").size());
        JsonNode metricSettingsRead = RestAssert.json(PLAYGROUND.get(REST + "/keyresults/" + metric + "/settings",
                "lead").body());
        assertTrue(metricSettingsRead.get("focusMetric").asBoolean());
        JsonNode bugSettingsRead = RestAssert.json(PLAYGROUND.get(REST + "/keyresults/" + bugs + "/settings", "lead")
                .body());
        assertEquals(BUGS, bugSettingsRead.get("jql").asText());
        JsonNode bugsRead = RestAssert.json(PLAYGROUND.get(REST + "/keyresults/" + bugs, "lead").body())
                .get("keyResult");
        assertEquals("the key result counts what its query found for the lead", previewCount,
                bugsRead.get("total").asInt());
        assertEquals("must-have 4/2", rating(count, "SHOP-1"));
        assertEquals("nice-to-have 3/3", rating(points, "SHOP-2"));
        JsonNode metricRead = RestAssert.json(PLAYGROUND.get(REST + "/keyresults/" + metric, "lead").body())
                .get("keyResult");
        assertEquals(0.5, metricRead.get("progress").asDouble(), 1e-9);
        assertEquals(2.5, metricRead.get("metric").get("value").asDouble(), 0.0);
        assertEquals("%", metricRead.get("metric").get("unit").asText());
        JsonNode countRead = RestAssert.json(PLAYGROUND.get(REST + "/keyresults/" + count, "lead").body())
                .get("keyResult");
        assertEquals("SHOP-1", countRead.get("initiatives").get(0).get("key").asText());
        assertTrue(countRead.get("total").asInt() > 0);
        JsonNode pointsRead = RestAssert.json(PLAYGROUND.get(REST + "/keyresults/" + points, "lead").body())
                .get("keyResult");
        assertEquals("SHOP-2", pointsRead.get("initiatives").get(0).get("key").asText());
        assertEquals("story-points", pointsRead.get("kind").asText());

        open(PAGES + "overview?as=lead&lang=en&project=SHOP");
        WebElement shown = browser.findElement(By.cssSelector(".okr-objective"));
        assertEquals(Math.round(o.get("progress").asDouble() * 100) + "%",
                shown.findElement(By.cssSelector("header .okr-percent")).getText());
        SystemChromium.fitWindowToPage(browser);
        SystemChromium.screenshot(browser, "screen-overview-new-objective");
    }

    /** The key result panel's settings form, opened. */
    private WebElement openSettings() {
        WebElement panel = browser.findElement(By.cssSelector(".okr-kr-panel"));
        panel.findElement(By.cssSelector(".okr-kr-settings-toggle")).click();
        WebElement form = panel.findElement(By.cssSelector("form.okr-kr-settings-form"));
        wait(ExpectedConditions.visibilityOf(form));
        return form;
    }

    /** Rates an initiative inline on the key result's panel; the page reloads once the rating is stored. */
    private void rate(String initiative, String scope, String impact, String effort) {
        WebElement form = browser.findElement(By.cssSelector("form.okr-rating-form[data-okr-initiative='"
                + initiative + "']"));
        new Select(form.findElement(By.name("scope"))).selectByValue(scope);
        new Select(form.findElement(By.name("impact"))).selectByValue(impact);
        new Select(form.findElement(By.name("effort"))).selectByValue(effort);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait(SystemChromium.gone(form));
        wait(d -> !d.findElements(By.cssSelector(".okr-kr-panel")).isEmpty());
    }

    private static String rating(String keyResult, String initiative) {
        JsonNode settings = RestAssert.json(PLAYGROUND.get(REST + "/keyresults/" + keyResult + "/settings", "lead")
                .body());
        for (JsonNode i : settings.get("initiatives")) {
            if (i.get("issueKey").asText().equals(initiative)) {
                return i.get("scope").asText() + " " + i.get("impact").asInt() + "/" + i.get("effort").asInt();
            }
        }
        throw new AssertionError(initiative + " is not rated on " + keyResult + ": " + settings);
    }

    /** A date input takes typed digits in the browser's locale; its value set directly is the same everywhere. */
    private void setValue(WebElement input, String value) {
        browser.executeScript("arguments[0].value = arguments[1];", input, value);
    }

    /** Fills a key result's row of the new objective form, opening it first when it is not shown yet. */
    private void keyResult(WebElement form, int index, String summary, String kind, String start, String target,
                           String unit) {
        WebElement row = form.findElement(By.cssSelector("[data-okr-row=\"keyResults[" + index + "]\"]"));
        if (!row.isDisplayed()) {
            form.findElement(By.cssSelector(".okr-create-add")).click();
        }
        row.findElement(By.cssSelector("[data-okr-kr=summary]")).sendKeys(summary);
        new Select(row.findElement(By.cssSelector("[data-okr-kr=kind]"))).selectByValue(kind);
        if (start != null) {
            row.findElement(By.cssSelector("[data-okr-kr=start]")).sendKeys(start);
            row.findElement(By.cssSelector("[data-okr-kr=target]")).sendKeys(target);
            row.findElement(By.cssSelector("[data-okr-kr=unit]")).sendKeys(unit);
        }
    }
}
