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

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The link writes the other journeys do not take, through the screens only and in Korean: a team lead unlinks an
 * initiative from a key result's panel (its Unlink in the ranked row), lets an aligned objective go from its parent's
 * panel, aligns it again from its own panel and unlinks it from there. Each step is checked with GETs of the REST API.
 */
public class UnlinkBrowserIT extends PlaygroundBrowserTest {
    private static final String REST = Playground.REST;

    /** A playground of its own: this test removes links the other browser tests rely on. */
    @ClassRule
    public static final RunningPlayground PLAYGROUND = new RunningPlayground();

    @Override
    protected RunningPlayground playground() {
        return PLAYGROUND;
    }

    @Test
    public void shouldUnlinkAnInitiativeAndAChildObjectiveAndAlignAndUnlinkAParent() {
        // DELETE /keyresults/{key}/initiatives/{initiative}, from the key result's ranked initiatives
        open("/browse/OKR-11?as=lead&lang=ko");
        WebElement unlink = browser.findElement(By.cssSelector("ul.okr-initiatives button.okr-unlink"));
        String initiative = unlink.getAttribute("data-okr-key");
        assertTrue(initiatives("OKR-11").contains(initiative));
        unlink.click();
        wait(ExpectedConditions.alertIsPresent()).accept();
        wait(SystemChromium.gone(unlink));
        assertFalse(initiatives("OKR-11").contains(initiative));

        // DELETE /objectives/{key}/children/{child}, from the parent objective's panel
        open("/browse/OKR-1?as=lead&lang=ko");
        WebElement letGo = browser.findElement(By.cssSelector(".okr-alignment-controls .okr-link-row button.okr-unlink"));
        String child = letGo.getAttribute("data-okr-key");
        assertTrue(children("OKR-1").contains(child));
        letGo.click();
        wait(ExpectedConditions.alertIsPresent()).accept();
        wait(SystemChromium.gone(letGo));
        assertFalse(children("OKR-1").contains(child));

        // POST /objectives/{key}/parent from the child's own panel, then DELETE it from there
        open("/browse/" + child + "?as=lead&lang=ko");
        WebElement align = browser.findElement(By.cssSelector(".okr-alignment-controls form.okr-link-form"));
        align.findElement(By.name("parent")).sendKeys("OKR-1");
        align.findElement(By.cssSelector("button[type=submit]")).click();
        wait(SystemChromium.gone(align));
        assertTrue(children("OKR-1").contains(child));
        WebElement unalign = browser.findElement(
                By.cssSelector(".okr-alignment-controls button.okr-unlink[data-okr-key=OKR-1]"));
        unalign.click();
        wait(ExpectedConditions.alertIsPresent()).accept();
        wait(SystemChromium.gone(unalign));
        assertFalse(children("OKR-1").contains(child));
        assertTrue("the panel offers to align it again",
                browser.findElements(By.cssSelector(".okr-alignment-controls form.okr-link-form")).size() == 1);
    }

    private static List<String> initiatives(String keyResult) {
        JsonNode kr = RestAssert.json(PLAYGROUND.get(REST + "/keyresults/" + keyResult, "lead").body())
                .get("keyResult");
        List<String> keys = new ArrayList<>();
        kr.get("initiatives").forEach(i -> keys.add(i.get("key").asText()));
        return keys;
    }

    /** The objectives aligned to {@code parent} in the demo quarter, as the REST API's objective tree has them. */
    private static List<String> children(String parent) {
        JsonNode tree = RestAssert.json(PLAYGROUND.get(REST + "/cycles/1/objectives?project=OKR", "lead").body());
        List<String> keys = new ArrayList<>();
        for (JsonNode o : tree.findParents("children")) {
            if (o.path("key").asText().equals(parent)) {
                o.get("children").forEach(c -> keys.add(c.get("key").asText()));
            }
        }
        return keys;
    }
}
