package dev.northstar.okr.local.playground;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.okr.testing.RestAssert;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Issue 10 point 4 in headless Chromium, through the screens only: "drive a key result" from the epic's own panel
 * while the epic drives none. The demo's epics all drive a key result and live in SHOP, which has no OKRs at first,
 * so a Jira administrator enables OKRs in SHOP on the administration page and the team lead makes epic SHOP-3 stop
 * driving its only key result (OKR-12) from its panel. The panel stays, saying the epic drives no key result yet, with
 * the "Drive a key result" form; the lead makes it drive OKR-11, and the REST API (a GET) lists SHOP-3 among OKR-11's
 * initiatives.
 */
public class EpicDrivesKeyResultBrowserIT extends PlaygroundBrowserTest {
    private static final String REST = Playground.REST;
    private static final String PAGES = Pages.PAGES;

    @ClassRule
    public static final RunningPlayground PLAYGROUND = new RunningPlayground();

    @Override
    protected RunningPlayground playground() {
        return PLAYGROUND;
    }

    @Test
    public void theLeadDrivesAKeyResultFromTheEpicsPanelWhileItDrivesNone() {
        // a Jira administrator enables OKRs in the web shop's project, on the administration page
        open(PAGES + "admin?as=admin&lang=en");
        WebElement enable = browser.findElement(By.cssSelector("form.okr-admin-enable"));
        enable.findElement(By.name("projectKey")).sendKeys("shop");
        enable.findElement(By.cssSelector("button[type=submit]")).click();
        wait(SystemChromium.gone(enable));

        // the lead makes the epic stop driving its only key result, from the epic's panel
        open("/browse/SHOP-3?as=lead&lang=en");
        WebElement stop = browser.findElement(
                By.cssSelector(".okr-drive-controls button.okr-unlink[data-okr-key=OKR-12]"));
        stop.click();
        wait(ExpectedConditions.alertIsPresent()).accept();
        wait(SystemChromium.gone(stop));

        // the epic drives nothing now: its panel says so and offers "Drive a key result"
        WebElement panel = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".okr-initiative-panel")));
        assertEquals("This epic drives no key result yet.",
                panel.findElement(By.cssSelector(".okr-drive-none")).getText());
        assertTrue(panel.findElements(By.cssSelector(".okr-driven")).isEmpty());
        WebElement drive = panel.findElement(By.cssSelector(".okr-drive-controls form.okr-link-form"));
        assertEquals("Drive a key result", drive.findElement(By.cssSelector("label[for=okr-drive-kr]")).getText());
        SystemChromium.fitWindowToPage(browser);
        SystemChromium.screenshot(browser, "screen-initiative-empty");

        // a key that is no issue key is refused in the form, before anything is sent
        WebElement key = drive.findElement(By.name("keyResult"));
        key.sendKeys("checkout");
        drive.findElement(By.cssSelector("button[type=submit]")).click();
        assertEquals("\"CHECKOUT\" is not an issue key such as SHOP-1.",
                drive.findElement(By.cssSelector("[data-okr-error-for=keyResult]")).getText());

        // the lead drives the one-page checkout's key result; the page reloads with it on the panel
        key.clear();
        key.sendKeys("OKR-11");
        drive.findElement(By.cssSelector("button[type=submit]")).click();
        wait(SystemChromium.gone(drive));
        WebElement driving = wait(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".okr-initiative-panel")));
        assertTrue(driving.findElements(By.cssSelector(".okr-drive-none")).isEmpty());
        List<String> driven = new ArrayList<>();
        driving.findElements(By.cssSelector(".okr-driven > p:first-child a")).forEach(a -> driven.add(a.getText()));
        assertEquals(List.of("OKR-11"), driven);
        assertEquals("Drive another key result",
                driving.findElement(By.cssSelector("label[for=okr-drive-kr]")).getText());

        // the REST API lists the epic among the key result's initiatives, and no longer among OKR-12's
        JsonNode kr = RestAssert.json(PLAYGROUND.get(REST + "/keyresults/OKR-11", "lead").body()).get("keyResult");
        List<String> initiatives = new ArrayList<>();
        kr.get("initiatives").forEach(i -> initiatives.add(i.get("key").asText()));
        assertTrue(initiatives.toString(), initiatives.contains("SHOP-3"));
        JsonNode before = RestAssert.json(PLAYGROUND.get(REST + "/keyresults/OKR-12", "lead").body()).get("keyResult");
        before.get("initiatives").forEach(i -> assertFalse(i.toString(), i.get("key").asText().equals("SHOP-3")));
    }
}
