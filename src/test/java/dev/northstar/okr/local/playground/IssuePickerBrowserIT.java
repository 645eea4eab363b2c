package dev.northstar.okr.local.playground;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.okr.testing.RestAssert;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The key result panel's "Link an initiative" field in headless Chromium: typing part of an epic's summary brings
 * suggestions from Jira's issue picker REST resource (the playground's), shown as text (a hostile summary stays
 * text); Escape closes them; the arrows and Enter pick one, which fills the key; Enter again links it. The REST API
 * then reports the epic as the key result's initiative.
 */
public class IssuePickerBrowserIT extends PlaygroundBrowserTest {
    @ClassRule
    public static final RunningPlayground PLAYGROUND = new RunningPlayground();

    @Override
    protected RunningPlayground playground() {
        return PLAYGROUND;
    }

    @Test
    public void aLeadPicksAnEpicFromTheSuggestionsWithTheKeyboard() {
        browser.get(PLAYGROUND.uri("/browse/OKR-13?as=lead&lang=en").toString());
        WebElement form = browser.findElement(By.cssSelector(".okr-initiative-links form.okr-link-form"));
        WebElement field = form.findElement(By.name("issueKey"));
        WebElement list = form.findElement(By.cssSelector("[role=listbox]"));
        assertEquals(list.getDomAttribute("id"), field.getDomAttribute("aria-controls"));

        // a summary that is markup stays text
        field.sendKeys("script");
        wait(d -> keys(list).equals(List.of("SHOP-40")));
        assertEquals("<script>alert(1)</script>", list.findElement(By.cssSelector(".okr-picker-summary")).getText());
        assertTrue(list.findElements(By.tagName("script")).isEmpty());

        // part of an epic's summary: its stories about the provider come too, until more is typed
        field.clear();
        field.sendKeys("provider");
        wait(d -> keys(list).size() > 1 && keys(list).contains("SHOP-3"));
        assertEquals("true", field.getDomAttribute("aria-expanded"));
        field.sendKeys(Keys.ESCAPE);
        wait(d -> !list.isDisplayed());
        assertEquals("false", field.getDomAttribute("aria-expanded"));
        field.sendKeys(" mig");
        wait(d -> keys(list).equals(List.of("SHOP-3")));
        WebElement option = list.findElement(By.cssSelector("[role=option]"));
        assertTrue(option.getText(), option.getText().contains("Payment provider migration"));
        SystemChromium.screenshot(browser, "screen-issue-picker");

        field.sendKeys(Keys.ARROW_DOWN);
        wait(d -> "true".equals(option.getDomAttribute("aria-selected")));
        assertEquals(option.getDomAttribute("id"), field.getDomAttribute("aria-activedescendant"));
        field.sendKeys(Keys.ENTER);
        wait(d -> "SHOP-3".equals(field.getDomProperty("value")) && !list.isDisplayed());

        // Enter again submits the form: the page reloads with the epic linked
        field.sendKeys(Keys.ENTER);
        wait(SystemChromium.gone(form));
        WebElement initiatives = wait(d -> d.findElement(By.cssSelector(".okr-initiatives")));
        assertTrue(initiatives.getText(), initiatives.getText().contains("SHOP-3"));

        JsonNode keyResult = RestAssert.json(PLAYGROUND.get(Playground.REST + "/keyresults/OKR-13", "lead").body())
                .get("keyResult");
        List<String> linked = new ArrayList<>();
        keyResult.get("initiatives").forEach(i -> linked.add(i.get("key").asText()));
        assertEquals(List.of("SHOP-3"), linked);
    }

    private static List<String> keys(WebElement list) {
        if (!list.isDisplayed()) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        list.findElements(By.cssSelector(".okr-picker-key")).forEach(k -> keys.add(k.getText()));
        return keys;
    }
}
