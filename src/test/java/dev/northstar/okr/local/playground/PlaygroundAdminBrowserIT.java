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
 * The journey "the admin's settings and setup" in a real browser (Debian's headless Chromium), through the
 * administration page only: the Jira administrator changes the stale days, the default status credit and how hidden
 * issues count, runs the setup again, enables OKRs in a second project (a project that does not exist is refused
 * next to the field, in Korean for a Korean visitor), and sees each change on the page after it reloads. The journey
 * ends by checking what the REST API reports (GET only); a member is never shown the page.
 */
public class PlaygroundAdminBrowserIT extends PlaygroundBrowserTest {
    private static final String REST = Playground.REST;
    private static final String PAGES = Pages.PAGES;

    /** A playground of its own: this journey changes the settings the other browser tests rely on. */
    @ClassRule
    public static final RunningPlayground PLAYGROUND = new RunningPlayground();

    @Override
    protected RunningPlayground playground() {
        return PLAYGROUND;
    }

    @Test
    public void shouldChangeTheSettingsRunTheSetupAndEnableAProjectThroughTheAdminPage() {
        String otherProject = projectWithoutOkrs();
        open(PAGES + "admin?as=admin&lang=en");

        // settings: stale days, the default credit of work in progress, and hidden issues left out of figures
        WebElement settings = browser.findElement(By.cssSelector("form.okr-admin-settings"));
        type(settings.findElement(By.name("staleDays")), "10");
        type(settings.findElement(By.name("weightInProgress")), "0.5");
        new Select(settings.findElement(By.name("hiddenIssues"))).selectByValue("leave-out");
        settings.findElement(By.cssSelector("button[type=submit]")).click();
        wait(SystemChromium.gone(settings)); // the page reloads to show what is stored
        WebElement reloaded = browser.findElement(By.cssSelector("form.okr-admin-settings"));
        assertEquals("10", reloaded.findElement(By.name("staleDays")).getDomProperty("value"));
        assertEquals("leave-out", new Select(reloaded.findElement(By.name("hiddenIssues")))
                .getFirstSelectedOption().getDomProperty("value"));

        // the setup again: everything it made is kept, and the page says it is complete
        WebElement setup = browser.findElement(By.cssSelector("form.okr-admin-action"));
        setup.findElement(By.cssSelector("button[type=submit]")).click();
        wait(SystemChromium.gone(setup));
        List<String> statuses = new ArrayList<>();
        browser.findElements(By.cssSelector("table.okr-schema tbody tr")).forEach(r -> statuses.add(r.getText()));
        assertEquals(statuses.toString(), 9, statuses.size());

        // OKRs in a second project, after a key that is no project is refused next to the field in Korean
        open(PAGES + "admin?as=admin&lang=ko");
        WebElement enable = browser.findElement(By.cssSelector("form.okr-admin-enable"));
        enable.findElement(By.name("projectKey")).sendKeys("NOPE");
        enable.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement refused = wait(d -> enable.findElements(By.cssSelector("[data-okr-error-for]")).stream()
                .filter(e -> !e.getText().isEmpty()).findFirst().orElse(null));
        assertTrue(refused.getText(), refused.getText().chars().anyMatch(c -> c >= 0xac00 && c <= 0xd7a3));
        WebElement key = enable.findElement(By.name("projectKey"));
        key.clear();
        key.sendKeys(otherProject.toLowerCase()); // the page asks for the key as Jira writes it
        enable.findElement(By.cssSelector("button[type=submit]")).click();
        wait(SystemChromium.gone(enable));
        String projects = browser.findElement(By.cssSelector("table.okr-projects")).getText();
        assertTrue(projects, projects.contains(otherProject));
        SystemChromium.fitWindowToPage(browser);
        SystemChromium.screenshot(browser, "playground-admin-journey");

        // what the REST API reports
        JsonNode stored = RestAssert.json(PLAYGROUND.get(REST + "/settings", "admin").body());
        assertEquals(10, stored.get("staleDays").asInt());
        assertEquals(0.5, stored.get("weightInProgress").asDouble(), 0);
        assertEquals("leave-out", stored.get("hiddenIssues").asText());
        List<String> enabled = new ArrayList<>();
        stored.get("enabledProjects").forEach(p -> enabled.add(p.asText()));
        assertTrue(enabled.toString(), enabled.contains(otherProject) && enabled.contains("OKR"));
        JsonNode report = RestAssert.json(PLAYGROUND.get(REST + "/setup", "admin").body());
        assertTrue(report.toString(), report.get("complete").asBoolean());
        boolean ready = false;
        for (JsonNode p : report.get("projects")) {
            ready |= p.get("projectKey").asText().equals(otherProject) && p.get("ready").asBoolean();
        }
        assertTrue(report.toString(), ready);

        // a member is refused the page and the settings
        assertEquals(403, PLAYGROUND.get(PAGES + "admin", "member").statusCode());
        assertEquals(403, PLAYGROUND.get(REST + "/settings", "member").statusCode());
    }

    // ------------------------------------------------------------------

    /** A project of the playground's Jira that has no OKRs yet (as the setup report and settings tell). */
    private static String projectWithoutOkrs() {
        JsonNode settings = RestAssert.json(PLAYGROUND.get(REST + "/settings", "admin").body());
        List<String> enabled = new ArrayList<>();
        settings.get("enabledProjects").forEach(p -> enabled.add(p.asText()));
        for (String candidate : List.of("SHOP", "OKF", "TEAM", "OPS")) {
            if (!enabled.contains(candidate)
                    && PLAYGROUND.get(REST + "/cycles?project=" + candidate, "admin").statusCode() == 200) {
                return candidate;
            }
        }
        throw new AssertionError("the demo has no project without OKRs; enabled: " + enabled);
    }

    private void type(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
        assertFalse(field.getDomProperty("value").isEmpty());
    }
}
