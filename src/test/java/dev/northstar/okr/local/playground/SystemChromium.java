package dev.northstar.okr.local.playground;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.CapabilityType;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Headless Chromium from Debian's packages (chromium, chromium-driver), driven by Selenium through the system's
 * ChromeDriver. Both binaries are named explicitly, so Selenium Manager never looks for, let alone downloads, a
 * browser or driver; a missing one fails with the command that installs it. Flags as on our machines: no sandbox
 * (we run as root), no background networking (the network is closed), a fresh profile every time.
 */
final class SystemChromium {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = System.getProperty("northstar.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("northstar.chromedriver", "/usr/bin/chromedriver");

    private SystemChromium() {
    }

    static ChromeDriver start(Path profile) {
        for (String binary : new String[] {CHROMIUM, DRIVER}) {
            if (!new File(binary).canExecute()) {
                throw new IllegalStateException(binary + " is missing: apt-get install chromium chromium-driver"
                        + " (bash scripts/test, the README's test command, does this)");
            }
        }
        System.setProperty("webdriver.chrome.driver", DRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + WIDTH + ",1000", "--user-data-dir=" + profile.toAbsolutePath());
        // a dialog must stay open for the test to see it, not be dismissed by the driver
        options.setCapability(CapabilityType.UNHANDLED_PROMPT_BEHAVIOUR, UnexpectedAlertBehaviour.IGNORE);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().withTimeout(Duration.ofSeconds(30)).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** The width of every screenshot, as wide as a laptop's browser: readable in the README. */
    static final int WIDTH = 1280;
    /** The tallest screenshot: a longer page is cut there (the README's pictures stay small). */
    static final int MAX_HEIGHT = 1600;

    /**
     * Makes the window as tall as the page (up to {@link #MAX_HEIGHT}), so a screenshot shows the whole screen
     * rather than its first 1000 pixels; later screenshots of the same test keep that size.
     */
    static void fitWindowToPage(ChromeDriver driver) {
        // measured in a short window: a page is never shorter than the window it is measured in
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(WIDTH, 600));
        Number content = (Number) driver.executeScript("return Math.max(document.documentElement.scrollHeight,"
                + " document.body.scrollHeight);");
        Number chrome = (Number) driver.executeScript("return window.outerHeight - window.innerHeight;");
        int height = Math.min(MAX_HEIGHT, Math.max(600, content.intValue())) + chrome.intValue();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(WIDTH, height));
    }

    /** Saves what the browser shows as target/screenshots/NAME.png. */
    static Path screenshot(ChromeDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The element is gone from the page: the page reloaded or replaced it. Asked about a replaced node, Chromium may
     * answer that the node "does not belong to the document" instead of calling it stale; both mean it is gone.
     */
    public static ExpectedCondition<Boolean> gone(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException replaced) {
                return true;
            }
        };
    }
}
