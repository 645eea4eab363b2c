package dev.northstar.okr.local.playground;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.rules.TemporaryFolder;
import org.junit.rules.TestName;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.function.Function;

/**
 * What the playground's browser tests share: one headless Chromium per test (Debian's, see {@link SystemChromium}),
 * with a profile of its own, that leaves a screenshot named after the test in target/screenshots and quits; pages
 * opened from the test class's playground; waits of up to 20 seconds. Each test class keeps its own playground.
 */
abstract class PlaygroundBrowserTest {
    @Rule
    public final TemporaryFolder profile = new TemporaryFolder();
    @Rule
    public final TestName test = new TestName();

    protected ChromeDriver browser;

    /** The playground the test's pages come from (the test class's class rule). */
    protected abstract RunningPlayground playground();

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

    protected void open(String path) {
        browser.get(playground().uri(path).toString());
    }

    protected <T> T wait(Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition::apply);
    }
}
