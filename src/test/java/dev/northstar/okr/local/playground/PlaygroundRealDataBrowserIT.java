package dev.northstar.okr.local.playground;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.okr.testdata.RealData;
import dev.northstar.okr.testing.RestAssert;
import org.junit.After;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Every screen over the real Appcelerator export (29,057 issues) and the example OKR file, in headless Chromium: each
 * renders in the playground's page with no error, and the key result panel shows the REST API's figure. Screenshots
 * {@code real-*.png} in target/screenshots.
 */
public class PlaygroundRealDataBrowserIT {
    @ClassRule
    public static final RunningPlayground PLAYGROUND = new RunningPlayground(
            o -> o.withData(RealData.ISSUES, RealData.SPRINTS, RealData.PLAN));
    @Rule
    public final TemporaryFolder profile = new TemporaryFolder();

    private ChromeDriver browser;

    @Before
    public void openBrowser() throws Exception {
        browser = SystemChromium.start(profile.newFolder("chromium").toPath());
    }

    @After
    public void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    public void shouldRenderEveryScreenOverTheRealExportInTheBrowser() {
        JsonNode boards = RestAssert.json(PLAYGROUND.get("/rest/agile/1.0/board?projectKeyOrId=OKR", "admin").body());
        int board = boards.findValues("id").stream().mapToInt(JsonNode::asInt).filter(id -> PLAYGROUND.get(
                "/rest/agile/1.0/board/" + id + "/sprint?state=active,closed&maxResults=500", "admin").body()
                .contains("\"id\":464,")).findFirst().orElseThrow();
        List<String> names = List.of("keyresult-panel", "objective-panel", "initiative-panel", "sprint-review",
                "overview", "admin");
        List<String[]> screens = PlaygroundRealDataTest.realScreens(board);
        for (int i = 0; i < screens.size(); i++) {
            String path = screens.get(i)[0];
            browser.get(PLAYGROUND.uri(path + (path.contains("?") ? "&" : "?") + "as=admin&lang=en").toString());
            assertTrue(path, browser.findElement(By.id("playground-banner")).isDisplayed());
            assertTrue(path, browser.getPageSource().contains(screens.get(i)[1]));
            assertTrue(path, browser.findElements(By.cssSelector(".aui-message-error")).isEmpty());
            if (path.contains("sprintId=464")) {
                // the board's 185 sprints come from Jira Software's API in pages of 50
                new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> "464".equals(
                        d.findElement(By.name("sprintId")).getDomProperty("value")));
            }
            SystemChromium.fitWindowToPage(browser);
            SystemChromium.screenshot(browser, "real-" + names.get(i));
        }
        browser.get(PLAYGROUND.uri("/browse/OKR-2").toString());
        JsonNode kr = RestAssert.json(PLAYGROUND.get(Playground.REST + "/keyresults/OKR-2", "admin").body());
        assertEquals(Math.round(kr.get("keyResult").get("progress").asDouble() * 100) + "%",
                browser.findElement(By.cssSelector(".okr-kr-panel .okr-percent")).getText());
    }
}
