package dev.northstar.okr.local.playground;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.okr.testing.RestAssert;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * The playground's screens in a real browser (Debian's headless Chromium): figures on the page equal to the REST
 * API's, a check-in through the panel's form, the sprint review's pickers and deltas, the admin page's translated
 * field errors, the language and user switches, and hostile text. Every test leaves a screenshot in
 * target/screenshots; the {@code screen-*} ones are the README's pictures of each screen (docs/playground.md).
 */
public class PlaygroundBrowserIT extends PlaygroundBrowserTest {
    private static final String REST = Playground.REST;
    private static final String PAGES = Pages.PAGES;

    @ClassRule
    public static final RunningPlayground PLAYGROUND = new RunningPlayground();

    @Override
    protected RunningPlayground playground() {
        return PLAYGROUND;
    }

    @Test
    public void shouldShowTheKeyResultPanelWithTheFigureOfTheRestApiAndExplainIt() {
        open("/browse/OKR-12?as=member&lang=en");
        WebElement banner = browser.findElement(By.id("playground-banner"));
        assertTrue(banner.getText(), banner.getText().startsWith("Preview outside Jira"));
        assertNotEquals("AUI's banner style did not apply", "rgba(0, 0, 0, 0)", banner.getCssValue("background-color"));
        JsonNode rest = RestAssert.json(PLAYGROUND.get(REST + "/keyresults/OKR-12", "member").body());
        long percent = Math.round(rest.get("keyResult").get("progress").asDouble() * 100);
        WebElement panel = browser.findElement(By.cssSelector(".okr-kr-panel"));
        assertEquals(percent + "%", panel.findElement(By.cssSelector(".okr-percent")).getText());

        WebElement explain = panel.findElement(By.id("okr-explain-OKR-12"));
        assertFalse(explain.isDisplayed());
        panel.findElement(By.cssSelector(".okr-explain-toggle")).click();
        wait(ExpectedConditions.visibilityOf(explain));
        List<String> listed = explain.findElements(By.cssSelector(".okr-evidence tbody tr td:first-child a")).stream()
                .map(WebElement::getText).toList();
        List<String> fromRest = new java.util.ArrayList<>();
        rest.get("issues").forEach(i -> fromRest.add(i.get("key").asText()));
        assertEquals(fromRest, listed);
        SystemChromium.fitWindowToPage(browser);
        SystemChromium.screenshot(browser, "screen-keyresult-panel");
    }

    @Test
    public void shouldShowACheckInSubmittedWithThePanelsFormInTheHistoryAfterAReload() {
        open("/browse/OKR-23?as=member&lang=en");
        String note = "checked in from the browser";
        WebElement form = browser.findElement(By.cssSelector("form.okr-checkin-form"));
        new Select(form.findElement(By.name("confidence"))).selectByValue("4");
        form.findElement(By.name("note")).sendKeys(note);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        // the panel's script reloads the page once the REST API has stored the check-in
        wait(SystemChromium.gone(form));
        wait(d -> d.findElements(By.cssSelector(".okr-history .okr-note")).stream()
                .anyMatch(n -> n.getText().equals(note)));
        browser.navigate().refresh();
        WebElement first = browser.findElement(By.cssSelector(".okr-history tbody tr"));
        assertEquals(note, first.findElement(By.cssSelector(".okr-note")).getText());
        assertTrue(first.getText(), first.getText().contains("4"));
        JsonNode stored = RestAssert.json(PLAYGROUND.get(REST + "/keyresults/OKR-23/checkins", "viewer").body());
        assertTrue(stored.toString(), stored.findParents("note").stream()
                .anyMatch(c -> c.get("note").asText().equals(note) && c.get("confidence").asInt() == 4));
    }

    @Test
    public void shouldShowTheObjectivePanelAndTheInitiativePanel() {
        open("/browse/OKR-10?as=lead&lang=en");
        WebElement objective = browser.findElement(By.cssSelector("[data-panel=okr-objective-panel]"));
        JsonNode tree = RestAssert.json(PLAYGROUND.get(REST + "/cycles/1/objectives?project=OKR", "lead").body());
        JsonNode shop = tree.findParents("key").stream().filter(o -> o.get("key").asText().equals("OKR-10")
                && o.has("keyResults")).findFirst().orElseThrow();
        assertTrue(objective.getText(), objective.getText().contains(
                Math.round(shop.get("progress").asDouble() * 100) + "%"));
        SystemChromium.fitWindowToPage(browser);
        SystemChromium.screenshot(browser, "screen-objective-panel");

        open("/browse/SHOP-3?as=lead&lang=en");
        WebElement initiative = browser.findElement(By.cssSelector(".issue-side [data-panel=okr-initiative-panel]"));
        assertTrue(initiative.getText(), initiative.getText().contains("OKR-12"));
        SystemChromium.fitWindowToPage(browser);
        SystemChromium.screenshot(browser, "screen-initiative-panel");
    }

    @Test
    public void shouldPreselectTheBoardABoardsToolsLinkNames() {
        // the link in a board's tools menu passes the board's id and no project
        open(PAGES + "sprint-review?as=lead&lang=en&boardId=7");
        wait(d -> "7".equals(d.findElement(By.name("boardId")).getDomProperty("value")));
        wait(d -> new Select(d.findElement(By.name("sprintId"))).getOptions().stream()
                .anyMatch(o -> "42".equals(o.getDomProperty("value"))));
        new Select(browser.findElement(By.name("sprintId"))).selectByValue("42");
        wait(d -> d.getCurrentUrl().contains("sprintId=42"));
        assertTrue(browser.getCurrentUrl(), browser.getCurrentUrl().contains("boardId=7"));
    }

    @Test
    public void shouldPickABoardAndSprintAndShowTheReviewWithTheDeltasOfTheRestApi() {
        open(PAGES + "sprint-review?as=lead&lang=en");
        // the only project with OKRs is chosen already; the script fills its boards and sprints from Jira Software,
        // choosing the only board
        assertEquals("OKR", new Select(browser.findElement(By.name("project"))).getFirstSelectedOption()
                .getDomProperty("value"));
        wait(d -> "7".equals(d.findElement(By.name("boardId")).getDomProperty("value")));
        // (the script sets the options' value as a property, which an attribute selector would not see)
        wait(d -> new Select(d.findElement(By.name("sprintId"))).getOptions().stream()
                .anyMatch(o -> "41".equals(o.getDomProperty("value"))));
        new Select(browser.findElement(By.name("sprintId"))).selectByValue("41");
        wait(d -> d.getCurrentUrl().contains("sprintId=41"));
        assertTrue(browser.getCurrentUrl(), browser.getCurrentUrl().contains("boardId=7"));

        JsonNode review = RestAssert.json(PLAYGROUND.get(REST + "/sprints/41/review?project=OKR", "lead").body());
        assertTrue(review.get("keyResults").size() >= 2);
        for (JsonNode kr : review.get("keyResults")) {
            WebElement row = browser.findElement(By.xpath("//table//tr[td/a[text()='" + kr.get("key").asText() + "']]"));
            long delta = Math.round(kr.get("delta").asDouble() * 100);
            assertTrue(row.getText(), row.getText().contains((delta > 0 ? "+" : "") + delta + "%"));
        }
        String markdown = browser.findElement(By.id("okr-review-markdown")).getAttribute("value");
        assertTrue(markdown, markdown.startsWith("# OKR review: Shop Sprint 41"));
        for (JsonNode kr : review.get("keyResults")) {
            assertTrue(markdown, markdown.contains("| " + kr.get("key").asText() + " "));
        }
        SystemChromium.fitWindowToPage(browser);
        SystemChromium.screenshot(browser, "screen-sprint-review");
    }

    @Test
    public void shouldShowTheOverviewTreeWithATrendChartAndFilterItByOwner() {
        open(PAGES + "overview?as=lead&lang=en");
        List<WebElement> charts = browser.findElements(By.cssSelector("svg.okr-trend"));
        assertEquals(3, charts.size());
        assertTrue(charts.get(0).getSize().getWidth() > 100);
        assertTrue(browser.findElement(By.tagName("body")).getText().contains("OKR-20"));
        for (WebElement objective : browser.findElements(By.cssSelector("article.okr-objective"))) {
            // each chart has its axes and legend, and ends on the figure its objective shows
            WebElement chart = objective.findElement(By.cssSelector("svg.okr-trend"));
            assertEquals(3, chart.findElements(By.cssSelector("text.okr-trend-level")).size());
            assertEquals(2, chart.findElements(By.cssSelector("line.okr-trend-axis")).size());
            assertEquals("Progress Expected by elapsed time",
                    objective.findElement(By.cssSelector(".okr-trend-legend")).getText().replaceAll("\\s+", " "));
            assertEquals(objective.findElement(By.cssSelector("header .okr-percent")).getText(),
                    chart.findElement(By.cssSelector("text.okr-trend-value")).getText());
        }
        // the key results' columns line up under every objective, however far it is indented
        List<Integer> progressColumns = browser.findElements(By.cssSelector("table.okr-keyresults tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).get(1).getLocation().getX()).distinct().toList();
        assertEquals(progressColumns.toString(), 1, progressColumns.size());
        // bars coloured by pace: each pace its own colour, none the one grey of before
        String onTrack = barColour("okr-pace-on-track");
        String atRisk = barColour("okr-pace-at-risk");
        String notStarted = barColour("okr-pace-not-started");
        assertEquals("rgb(54, 179, 126)", onTrack);
        assertEquals("rgb(255, 171, 0)", atRisk);
        assertEquals("rgb(165, 173, 186)", notStarted);
        SystemChromium.fitWindowToPage(browser);
        SystemChromium.screenshot(browser, "screen-overview");
        new Select(browser.findElement(By.name("owner"))).selectByVisibleText("Search team");
        browser.findElement(By.cssSelector("form.okr-overview-filters button[type=submit]")).click();
        wait(d -> d.getCurrentUrl().contains("owner="));
        String text = browser.findElement(By.tagName("body")).getText();
        assertTrue(text.contains("OKR-20"));
        assertFalse(text.contains("OKR-10"));

        open(PAGES + "overview?as=lead&lang=ko");
        assertEquals("\uc9c4\ud589\ub960 \uacbd\uacfc \uc2dc\uac04 \uae30\uc900 \uae30\ub300 \uc9c4\ud589\ub960",
                browser.findElement(By.cssSelector(".okr-trend-legend")).getText().replaceAll("\\s+", " "));
        String korean = browser.findElement(By.tagName("body")).getText();
        assertTrue(korean, korean.contains("\uc2dc\uc791 \uc804")); // the demo's milestone: not started, not off track
    }

    /** The colour of the first progress bar of a pace class, as the browser draws it. */
    private String barColour(String paceClass) {
        String colour = browser.findElement(By.cssSelector(".aui-progress-indicator." + paceClass
                + " .aui-progress-indicator-value")).getCssValue("background-color");
        return colour.replaceFirst("^rgba\\((\\d+, \\d+, \\d+), 1\\)$", "rgb($1)");
    }

    @Test
    public void shouldShowTheAdminPagesFieldErrorsInTheVisitorsLanguageAndCreateACycle() {
        open(PAGES + "admin?as=admin&lang=en");
        SystemChromium.fitWindowToPage(browser);
        SystemChromium.screenshot(browser, "screen-admin");
        open(PAGES + "admin?lang=ko");
        WebElement settings = browser.findElement(By.cssSelector("form.okr-admin-settings"));
        WebElement atRisk = settings.findElement(By.name("paceAtRisk"));
        atRisk.clear();
        atRisk.sendKeys("0.99");
        settings.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement error = settings.findElement(By.cssSelector("[data-okr-error-for=paceAtRisk]"));
        wait(d -> !error.getText().isEmpty());
        JsonNode refused = RestAssert.json(PLAYGROUND.send(PLAYGROUND.request(REST + "/settings", "admin", "ko")
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"paceAtRisk\": 0.99}"))).body());
        assertEquals(refused.get("message").asText(), error.getText());
        assertTrue(error.getText(), error.getText().chars().anyMatch(c -> c >= 0xac00 && c <= 0xd7a3));
        assertEquals("stored settings did not change", 0.75,
                RestAssert.json(PLAYGROUND.get(REST + "/settings", "admin").body()).get("paceAtRisk").asDouble(), 0);

        WebElement cycle = browser.findElement(By.cssSelector("form.okr-admin-cycle"));
        cycle.findElement(By.name("name")).sendKeys("Browser quarter");
        setDate(cycle.findElement(By.name("start")), "2030-01-01");
        setDate(cycle.findElement(By.name("end")), "2030-03-31");
        cycle.findElement(By.cssSelector("button[type=submit]")).click();
        wait(SystemChromium.gone(cycle));
        wait(d -> d.findElement(By.tagName("body")).getText().contains("Browser quarter"));
        String cycles = PLAYGROUND.get(REST + "/cycles", "admin").body();
        assertTrue(cycles, cycles.contains("Browser quarter") && cycles.contains("\"2030-04-01T00:00:00Z\""));
        // the last day entered is the last day shown, though the cycle is stored with its exclusive end
        String row = browser.findElement(By.xpath("//tr[td[text()='Browser quarter']]")).getText();
        assertTrue(row, row.contains("2030. 3. 31.") && !row.contains("2030. 4. 1."));
    }

    @Test
    public void shouldSwitchTheScreensAndRestAnswersToKorean() {
        open("/browse/OKR-12?as=viewer&lang=en");
        browser.findElement(By.cssSelector("#language-switch a[data-lang=ko]")).click();
        wait(d -> "ko".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertTrue(browser.findElement(By.id("playground-banner")).getText()
                .startsWith("Jira \ubc16\uc758 \ubbf8\ub9ac\ubcf4\uae30"));
        String panel = browser.findElement(By.cssSelector(".okr-kr-panel")).getText();
        assertTrue(panel, panel.contains("\uc8fc\uac04 \uccb4\ud06c\uc778")); // "weekly check-ins"
        Map<?, ?> refused = fetch("POST", REST + "/keyresults/OKR-12/checkins", "{\"confidence\": 5}");
        assertEquals(403L, refused.get("status"));
        assertEquals("OKR-12 \uc774\uc288\ub97c \ud3b8\uc9d1\ud560 \uad8c\ud55c\uc774 \uc5c6\uc2b5\ub2c8\ub2e4.",
                RestAssert.json((String) refused.get("body")).get("message").asText());
        SystemChromium.screenshot(browser, "playground-keyresult-panel-ko");
    }

    @Test
    public void shouldShowAScriptInASummaryAsTextOnTheIssueThePanelsAndThePages() {
        for (String path : List.of("/browse/SHOP-40?as=admin&lang=en", "/browse/OKR-21",
                PAGES + "sprint-review?project=OKR&boardId=7&sprintId=41", PAGES + "overview", "/")) {
            open(path);
            assertNoDialog();
            assertFalse(path, browser.getPageSource().contains("<script>alert(1)"));
        }
        open("/browse/SHOP-40");
        assertEquals("<script>alert(1)</script>", browser.findElement(By.id("summary-val")).getText());
        open("/browse/OKR-21");
        assertTrue(browser.findElements(By.cssSelector(".okr-initiative .okr-summary")).stream()
                .anyMatch(s -> s.getText().equals("<script>alert(1)</script>")));
        assertNoDialog();
    }

    @Test
    public void shouldCountIssuesTheViewerMayNotSeeWithoutNamingThem() {
        open("/browse/OKR-12?as=admin&lang=en");
        browser.findElement(By.cssSelector("#user-switch a[data-as=viewer]")).click();
        wait(d -> d.findElement(By.cssSelector("#user-switch a[aria-current=true]")).getText().equals("Vi Viewer"));
        JsonNode rest = RestAssert.json(PLAYGROUND.get(REST + "/keyresults/OKR-12", "viewer").body());
        assertEquals(1, rest.get("hiddenIssues").asInt());
        String hidden = browser.findElement(By.cssSelector(".okr-explain .okr-hidden")).getAttribute("textContent");
        assertTrue(hidden, hidden.startsWith("1 more issue in scope is hidden"));
        for (String path : List.of("/browse/OKR-12", "/browse/SHOP-3", PAGES + "overview",
                PAGES + "sprint-review?project=OKR&boardId=7&sprintId=42")) {
            open(path);
            String page = browser.getPageSource();
            assertFalse(path + ": a hidden issue is named", page.contains("SHOP-33"));
            assertFalse(path + ": a hidden issue is named", page.contains("card numbers"));
        }
        String asLead = PLAYGROUND.get("/browse/OKR-12", "lead").body();
        assertTrue("the lead does see it: the test would prove nothing otherwise", asLead.contains("SHOP-33"));
    }

    // ------------------------------------------------------------------

    /** A date input takes typed digits in the browser's locale; its value set directly is the same everywhere. */
    private void setDate(WebElement input, String isoDate) {
        browser.executeScript("arguments[0].value = arguments[1];", input, isoDate);
    }

    /** A REST call made by the page itself, with its cookies and origin, as the app's scripts make them. */
    private Map<?, ?> fetch(String method, String path, String json) {
        Object result = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "var init = {method: arguments[0], credentials: 'same-origin', headers: {'Accept': 'application/json'}};"
                + "if (arguments[2] !== null) { init.headers['Content-Type'] = 'application/json'; init.body = arguments[2]; }"
                + "fetch(arguments[1], init).then(function (r) { return r.text().then(function (t) {"
                + "  done({status: r.status, body: t}); }); }).catch(function (e) { done({status: -1, body: String(e)}); });",
                method, path, json);
        return (Map<?, ?>) result;
    }

    private void assertNoDialog() {
        try {
            String text = browser.switchTo().alert().getText();
            fail("a dialog opened: " + text);
        } catch (NoAlertPresentException expected) {
            // no dialog: the text stayed text
        }
    }
}
