package dev.northstar.okr.playground;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.okr.testing.RestAssert;
import org.junit.After;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.rules.TestName;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * The playground in a real browser (headless Chromium, Debian's): pages and their REST calls as a person's browser
 * makes them, the user and language switches, and hostile text. Every test leaves a screenshot in target/screenshots.
 */
public class PlaygroundBrowserIT {
    private static final String REST = Playground.REST;

    @ClassRule
    public static final RunningPlayground PLAYGROUND = new RunningPlayground();
    @Rule
    public final TemporaryFolder profile = new TemporaryFolder();
    @Rule
    public final TestName test = new TestName();

    private ChromeDriver browser;

    @Before
    public void openBrowser() throws Exception {
        browser = SystemChromium.start(profile.newFolder("chromium").toPath());
    }

    @After
    public void closeBrowser() {
        if (browser != null) {
            try {
                SystemChromium.screenshot(browser, getClass().getSimpleName() + "-" + test.getMethodName());
            } finally {
                browser.quit();
            }
        }
    }

    @Test
    public void shouldShowTheBannerInAuiStyleAndTheObjectiveTreeReadFromTheRestApi() {
        open("/?as=admin&lang=en");
        WebElement banner = browser.findElement(By.id("playground-banner"));
        assertTrue(banner.isDisplayed());
        assertTrue(banner.getText(), banner.getText().startsWith("Preview outside Jira"));
        assertNotEquals("AUI's banner style did not apply", "rgba(0, 0, 0, 0)", banner.getCssValue("background-color"));
        waitForTree();
        List<String> objectives = browser.findElements(By.cssSelector(".okr-objective")).stream()
                .map(e -> e.getAttribute("data-key")).toList();
        assertEquals(List.of("OKR-1", "OKR-10", "OKR-20"), objectives);
        assertEquals(8, browser.findElements(By.cssSelector("tr.okr-kr")).size());
        SystemChromium.screenshot(browser, "playground-start-admin");
    }

    @Test
    public void shouldGetTheSameAnswerInThePageAsAnyRestClientForTheSameUser() {
        open("/?as=viewer");
        Map<?, ?> answer = fetch("GET", REST + "/keyresults/OKR-12", null);
        assertEquals(200L, answer.get("status"));
        JsonNode page = RestAssert.json((String) answer.get("body"));
        JsonNode client = RestAssert.json(PLAYGROUND.get(REST + "/keyresults/OKR-12", "viewer").body());
        for (String field : List.of("hiddenIssues", "hiddenDone", "issues", "objectiveKey", "cycle")) {
            assertEquals(field, client.get(field), page.get(field));
        }
        assertEquals(client.get("keyResult").get("progress"), page.get("keyResult").get("progress"));
    }

    @Test
    public void shouldCountIssuesTheViewerMayNotSeeWithoutNamingThem() {
        open("/?as=admin");
        browser.findElement(By.cssSelector("#user-switch a[data-as=viewer]")).click();
        waitForTree();
        assertEquals("Vi Viewer", browser.findElement(By.cssSelector("#user-switch a[aria-current=true]")).getText());
        JsonNode rest = krInTree(RestAssert.json(PLAYGROUND.get(REST + "/cycles/1/objectives?project=OKR", "viewer")
                .body()), "OKR-12");
        assertEquals(1, rest.get("hiddenIssues").asInt());
        WebElement row = browser.findElement(By.cssSelector("tr.okr-kr[data-key='OKR-12']"));
        assertEquals(rest.get("hiddenIssues").asInt() + " hidden",
                row.findElement(By.cssSelector(".okr-hidden-issues")).getText().trim());
        String page = browser.getPageSource();
        assertFalse("a hidden issue is named", page.contains("SHOP-33"));
        assertFalse("a hidden issue is named", page.contains("card numbers"));
        String asLead = PLAYGROUND.get(REST + "/keyresults/OKR-12", "lead").body();
        assertTrue("the lead does see it: the test would prove nothing otherwise", asLead.contains("SHOP-33"));
        SystemChromium.screenshot(browser, "playground-start-viewer");
    }

    @Test
    public void shouldSwitchPagesAndRestAnswersToKorean() {
        open("/?as=viewer&lang=en");
        browser.findElement(By.cssSelector("#language-switch a[data-lang=ko]")).click();
        waitForTree();
        assertEquals("ko", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.findElement(By.id("playground-banner")).getText()
                .startsWith("Jira \ubc16\uc758 \ubbf8\ub9ac\ubcf4\uae30"));
        Map<?, ?> refused = fetch("POST", REST + "/keyresults/OKR-12/checkins", "{\"confidence\": 5}");
        assertEquals(403L, refused.get("status"));
        assertEquals("OKR-12 \uc774\uc288\ub97c \ud3b8\uc9d1\ud560 \uad8c\ud55c\uc774 \uc5c6\uc2b5\ub2c8\ub2e4.",
                RestAssert.json((String) refused.get("body")).get("message").asText());
        SystemChromium.screenshot(browser, "playground-start-ko");
    }

    @Test
    public void shouldCheckInFromThePageAsAnEditorThroughTheXsrfCheck() {
        open("/?as=member&lang=en");
        Map<?, ?> created = fetch("POST", REST + "/keyresults/OKR-23/checkins",
                "{\"confidence\": 7, \"note\": \"checked in from the browser\"}");
        assertEquals(created.get("body").toString(), 201L, created.get("status"));
        assertEquals("checked in from the browser",
                RestAssert.json((String) created.get("body")).get("checkIns").get(0).get("note").asText());
    }

    @Test
    public void shouldNeverRaiseADialogForAScriptInASummary() {
        open("/browse/SHOP-40?as=admin");
        assertNoDialog();
        assertEquals("<script>alert(1)</script>", browser.findElement(By.id("summary-val")).getText());
        SystemChromium.screenshot(browser, "playground-issue-script-summary");
        open("/?as=admin");
        waitForTree();
        assertNoDialog();
        assertTrue(browser.findElements(By.cssSelector("a.okr-initiative")).stream()
                .anyMatch(a -> a.getText().equals("SHOP-40 <script>alert(1)</script>")));
        assertTrue(browser.findElements(By.cssSelector(".okr-issues .summary")).stream()
                .anyMatch(s -> s.getText().equals("<script>alert(1)</script>")));
        assertNoDialog();
    }

    // ------------------------------------------------------------------

    private void open(String path) {
        browser.get(PLAYGROUND.uri(path).toString());
    }

    private void waitForTree() {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector(".okr-tree"))
                .stream().allMatch(t -> !"loading".equals(t.getAttribute("data-state"))));
        for (WebElement tree : browser.findElements(By.cssSelector(".okr-tree"))) {
            assertEquals(tree.getText(), "loaded", tree.getAttribute("data-state"));
        }
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

    private static JsonNode krInTree(JsonNode tree, String key) {
        return tree.findParents("kind").stream().filter(k -> k.get("key").asText().equals(key)).findFirst()
                .orElseThrow();
    }
}
