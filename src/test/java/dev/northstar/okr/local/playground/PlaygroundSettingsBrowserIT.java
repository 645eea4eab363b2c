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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * A team lead sets up OKRs through the issue panels' settings forms alone, in headless Chromium on the demo quarter:
 * an administrator creates the team's cycle on the admin page; the lead puts an objective into it as aspirational,
 * with its owner and weight (after a refused weight, whose message shows next to the field); sets a key result's
 * kind, weight and JQL (a refused query first, then one whose preview counts only what the person may see), marks it
 * the focus metric, sees a second focus refused with the reason next to the field (in Korean), and rates two
 * initiatives, which the panel then ranks. The journey ends by reading what the REST API reports (GETs only). Its
 * playground is its own: the demo data it changes is no other test's.
 */
public class PlaygroundSettingsBrowserIT extends PlaygroundBrowserTest {
    private static final String REST = Playground.REST;
    /** SHOP's bugs: three, one of them (SHOP-33) under issue security, which the lead sees and a member does not. */
    private static final String BUGS = "project = SHOP AND issuetype = Bug";
    private static final Pattern COUNT = Pattern.compile("This query finds (\\d+) issues? you may see\\.");

    @ClassRule
    public static final RunningPlayground PLAYGROUND = new RunningPlayground();

    @Override
    protected RunningPlayground playground() {
        return PLAYGROUND;
    }

    @Test
    public void shouldLetATeamLeadSetUpObjectiveKeyResultFocusAndInitiativesThroughThePanels() {
        createTheTeamsCycle();
        setTheObjective();
        setTheKeyResult();
        refuseASecondFocusMetric();
        rateTheInitiatives();
        previewShowsOnlyWhatAMemberMaySee();
        checkWhatTheRestApiReports();
    }

    /** An administrator creates the search team's own cycle, running now, on the admin page. */
    private void createTheTeamsCycle() {
        open(Pages.PAGES + "admin?as=admin&lang=en");
        WebElement cycle = browser.findElement(By.cssSelector("form.okr-admin-cycle"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        cycle.findElement(By.name("name")).sendKeys("Search quarter");
        setValue(cycle.findElement(By.name("start")), today.minusDays(14).toString());
        setValue(cycle.findElement(By.name("end")), today.plusDays(76).toString());
        cycle.findElement(By.name("project")).sendKeys("OKR");
        cycle.findElement(By.cssSelector("button[type=submit]")).click();
        wait(SystemChromium.gone(cycle));
        wait(d -> d.findElement(By.tagName("body")).getText().contains("Search quarter"));
    }

    /** The lead moves OKR-20 into the team's cycle as aspirational, owned by the squad, weighing 3. */
    private void setTheObjective() {
        open("/browse/OKR-20?as=lead&lang=en");
        WebElement panel = browser.findElement(By.cssSelector(".okr-objective-panel"));
        assertTrue(panel.getText(), panel.getText().contains("Committed"));
        WebElement form = panel.findElement(By.cssSelector("form.okr-objective-settings-form"));
        assertFalse("a configured objective's form waits to be opened", form.isDisplayed());
        panel.findElement(By.cssSelector(".okr-objective-settings-toggle")).click();
        wait(ExpectedConditions.visibilityOf(form));
        Select cycles = new Select(form.findElement(By.name("cycleId")));
        assertEquals("the objective's cycle is chosen", "Demo quarter",
                cycles.getFirstSelectedOption().getText().replaceFirst(" \\(.*", ""));
        WebElement ours = cycles.getOptions().stream().filter(o -> o.getText().startsWith("Search quarter ("))
                .findFirst().orElseThrow(() -> new AssertionError("the new cycle is not offered"));
        cycles.selectByValue(ours.getDomProperty("value"));
        new Select(form.findElement(By.name("committed"))).selectByValue("false");
        type(form.findElement(By.name("owner")), "Search squad");
        type(form.findElement(By.name("weight")), "-1");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement weightError = form.findElement(By.cssSelector("[data-okr-error-for=weight]"));
        wait(d -> !weightError.getText().isEmpty());
        assertEquals("A weight must not be negative.", weightError.getText());

        type(form.findElement(By.name("weight")), "3");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait(SystemChromium.gone(form));
        WebElement saved = browser.findElement(By.cssSelector(".okr-objective-panel"));
        String text = saved.getText();
        assertTrue(text, text.contains("Aspirational") && text.contains("Search squad")
                && text.contains("Search quarter"));
        saved.findElement(By.cssSelector(".okr-objective-settings-toggle")).click();
        screenshotOf(saved.findElement(By.cssSelector(".okr-objective-settings")), "screen-objective-settings");
    }

    /** The lead makes OKR-21 a story-points key result of weight 2 over SHOP's bugs, and its owner's focus metric. */
    private void setTheKeyResult() {
        open("/browse/OKR-21?as=lead&lang=en");
        WebElement panel = browser.findElement(By.cssSelector(".okr-kr-panel"));
        panel.findElement(By.cssSelector(".okr-kr-settings-toggle")).click();
        WebElement form = panel.findElement(By.cssSelector("form.okr-kr-settings-form"));
        wait(ExpectedConditions.visibilityOf(form));
        WebElement direction = form.findElement(By.name("direction"));
        assertFalse("an issue-count key result has no direction to set", direction.isDisplayed());
        assertTrue(form.findElement(By.name("credit")).isDisplayed());
        new Select(form.findElement(By.name("kind"))).selectByValue("metric");
        wait(ExpectedConditions.visibilityOf(direction));
        new Select(form.findElement(By.name("kind"))).selectByValue("story-points");
        wait(ExpectedConditions.invisibilityOf(direction));
        type(form.findElement(By.name("weight")), "2");

        WebElement jql = form.findElement(By.name("jql"));
        WebElement jqlError = form.findElement(By.cssSelector("[data-okr-error-for=jql]"));
        type(jql, "project = SHOP OR type = Bug");
        form.findElement(By.cssSelector(".okr-jql-preview")).click();
        wait(d -> !jqlError.getText().isEmpty());
        assertTrue(jqlError.getText(), jqlError.getText().startsWith("Jira cannot run this JQL:"));
        type(jql, BUGS);
        form.findElement(By.cssSelector(".okr-jql-preview")).click();
        assertEquals("the lead sees the secured bug too", 3, previewCount(form));
        assertEquals("", jqlError.getText());

        checkFocus(form);
        screenshotOf(panel.findElement(By.cssSelector(".okr-kr-settings")), "screen-keyresult-settings");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait(SystemChromium.gone(form));
        WebElement saved = browser.findElement(By.cssSelector(".okr-kr-panel"));
        // (the lozenge is drawn in capitals; its text is the translated label)
        assertTrue(saved.getText(), saved.findElement(By.cssSelector(".okr-headline")).getAttribute("textContent")
                .contains("Focus metric"));
        assertTrue(saved.getText(), saved.findElement(By.cssSelector(".okr-context")).getText()
                .startsWith("Story points"));
    }

    /** Another key result of the same owner and cycle cannot be the focus too: the reason shows next to the box. */
    private void refuseASecondFocusMetric() {
        open("/browse/OKR-22?as=lead&lang=ko");
        WebElement panel = browser.findElement(By.cssSelector(".okr-kr-panel"));
        panel.findElement(By.cssSelector(".okr-kr-settings-toggle")).click();
        WebElement form = panel.findElement(By.cssSelector("form.okr-kr-settings-form"));
        wait(ExpectedConditions.visibilityOf(form));
        checkFocus(form);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement error = form.findElement(By.cssSelector("[data-okr-error-for=focusMetric]"));
        wait(d -> !error.getText().isEmpty());
        assertEquals("OKR-21\uc774(\uac00) \uc774\ubbf8 \uc774 \uc8fc\uae30\uc5d0\uc11c \uc774 \uc18c\uc720\uc790\uc758 \uc9d1\uc911"
                + " \uc9c0\ud45c\uc785\ub2c8\ub2e4. \uba3c\uc800 \uadf8 \ud45c\uc2dc\ub97c \ud574\uc81c\ud558\uc138\uc694.",
                error.getText());
    }

    /** SHOP-2 (must have, 2 impact for 4 effort) and SHOP-40 (4 for 1): SHOP-40 comes first once rated. */
    private void rateTheInitiatives() {
        open("/browse/OKR-21?as=lead&lang=en");
        assertEquals(List.of("SHOP-2", "SHOP-40"), initiatives());
        rate("SHOP-2", "must-have", "2", "4");
        rate("SHOP-40", "must-have", "4", "1");
        assertEquals(List.of("SHOP-40", "SHOP-2"), initiatives());
        WebElement first = browser.findElement(By.cssSelector(".okr-initiative"));
        assertEquals("Must have", first.findElement(By.cssSelector(".aui-lozenge")).getAttribute("textContent"));
        assertEquals("Impact 4/5 \u00b7 Effort 1/5", first.findElement(By.cssSelector(".okr-scores")).getText());
        // SHOP-40's summary is a script: text on the page, never run
        assertEquals("<script>alert(1)</script>", first.findElement(By.cssSelector(".okr-summary")).getText());
        assertTrue(browser.findElement(By.cssSelector(".okr-rank-note")).getText().startsWith("Ranked for planning"));
    }

    /** A member edits key results too, but may not see SHOP-33: the preview counts the two bugs they may see. */
    private void previewShowsOnlyWhatAMemberMaySee() {
        open("/browse/OKR-21?as=member&lang=en");
        WebElement panel = browser.findElement(By.cssSelector(".okr-kr-panel"));
        panel.findElement(By.cssSelector(".okr-kr-settings-toggle")).click();
        WebElement form = panel.findElement(By.cssSelector("form.okr-kr-settings-form"));
        wait(ExpectedConditions.visibilityOf(form));
        assertEquals("the stored query", BUGS, form.findElement(By.name("jql")).getDomProperty("value"));
        form.findElement(By.cssSelector(".okr-jql-preview")).click();
        assertEquals(2, previewCount(form));

        open("/browse/OKR-21?as=viewer&lang=en");
        String locked = browser.findElement(By.cssSelector(".okr-kr-panel .okr-settings-locked")).getText();
        assertEquals("Only people who may edit OKR-21 can change how it is measured.", locked);
        assertTrue(browser.findElements(By.cssSelector("form.okr-kr-settings-form, form.okr-rating-form")).isEmpty());
    }

    private void checkWhatTheRestApiReports() {
        JsonNode cycles = RestAssert.json(PLAYGROUND.get(REST + "/cycles?project=OKR", "lead").body());
        JsonNode ours = cycles.get("cycles").findParents("name").stream()
                .filter(c -> c.get("name").asText().equals("Search quarter")).findFirst().orElseThrow();
        assertEquals("OKR", ours.get("project").asText());

        JsonNode objective = RestAssert.json(PLAYGROUND.get(REST + "/objectives/OKR-20/settings", "viewer").body());
        assertEquals(ours.get("id").asLong(), objective.get("cycleId").asLong());
        assertFalse(objective.get("committed").asBoolean());
        assertEquals("Search squad", objective.get("owner").asText());
        assertEquals(3.0, objective.get("weight").asDouble(), 0.0);

        JsonNode settings = RestAssert.json(PLAYGROUND.get(REST + "/keyresults/OKR-21/settings", "lead").body());
        assertEquals("story-points", settings.get("kind").asText());
        assertEquals(2.0, settings.get("weight").asDouble(), 0.0);
        assertEquals(BUGS, settings.get("jql").asText());
        assertTrue(settings.get("focusMetric").asBoolean());
        assertTrue("no weights of its own: the default applies", settings.get("weightDone").isNull());
        List<String> ratings = new ArrayList<>();
        settings.get("initiatives").forEach(i -> ratings.add(i.get("issueKey").asText() + " " + i.get("scope").asText()
                + " " + i.get("impact").asInt() + "/" + i.get("effort").asInt()));
        assertEquals(List.of("SHOP-2 must-have 2/4", "SHOP-40 must-have 4/1"), ratings);
        assertFalse("the refused focus stored nothing", RestAssert.json(PLAYGROUND.get(
                REST + "/keyresults/OKR-22/settings", "lead").body()).get("focusMetric").asBoolean());

        // the figures read the new settings: the key result in the team's cycle, its owner's focus metric
        JsonNode tree = RestAssert.json(PLAYGROUND.get(REST + "/cycles/" + ours.get("id").asLong()
                + "/objectives?project=OKR", "lead").body());
        JsonNode shown = tree.findParents("key").stream().filter(o -> o.get("key").asText().equals("OKR-20")
                && o.has("keyResults")).findFirst().orElseThrow();
        assertEquals("Search squad", shown.get("owner").asText());
        JsonNode kr = RestAssert.json(PLAYGROUND.get(REST + "/keyresults/OKR-21", "lead").body()).get("keyResult");
        assertEquals("story-points", kr.get("kind").asText());
        assertTrue(kr.get("focusMetric").asBoolean());
        assertEquals(2.0, kr.get("weight").asDouble(), 0.0);
    }

    // ------------------------------------------------------------------

    private void rate(String initiative, String scope, String impact, String effort) {
        WebElement form = browser.findElement(By.cssSelector("form.okr-rating-form[data-okr-initiative='"
                + initiative + "']"));
        new Select(form.findElement(By.name("scope"))).selectByValue(scope);
        new Select(form.findElement(By.name("impact"))).selectByValue(impact);
        new Select(form.findElement(By.name("effort"))).selectByValue(effort);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        // the script reloads the page once the rating is stored
        wait(SystemChromium.gone(form));
        wait(d -> !d.findElements(By.cssSelector(".okr-kr-panel")).isEmpty());
    }

    /** Ticks the focus metric box by its label, as a person does (AUI draws the box under the label). */
    private void checkFocus(WebElement form) {
        form.findElement(By.cssSelector("label[for^=okr-kr-focusMetric-]")).click();
        assertTrue(form.findElement(By.name("focusMetric")).isSelected());
    }

    private List<String> initiatives() {
        return browser.findElements(By.cssSelector(".okr-initiative > a")).stream().map(WebElement::getText).toList();
    }

    private int previewCount(WebElement form) {
        WebElement count = form.findElement(By.cssSelector(".okr-jql-count"));
        wait(d -> COUNT.matcher(count.getText()).matches());
        Matcher m = COUNT.matcher(count.getText());
        assertTrue(m.matches());
        return Integer.parseInt(m.group(1));
    }

    /** The page with the given part in view, for target/screenshots. */
    private void screenshotOf(WebElement part, String name) {
        SystemChromium.fitWindowToPage(browser);
        browser.executeScript("arguments[0].scrollIntoView(true);", part);
        SystemChromium.screenshot(browser, name);
    }

    private void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    /** A date input takes typed digits in the browser's locale; its value set directly is the same everywhere. */
    private void setValue(WebElement input, String value) {
        browser.executeScript("arguments[0].value = arguments[1];", input, value);
    }
}
