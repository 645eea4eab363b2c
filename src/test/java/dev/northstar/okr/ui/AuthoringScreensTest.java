package dev.northstar.okr.ui;

import dev.northstar.okr.domain.Cycle;
import dev.northstar.okr.settings.AppSettings;
import dev.northstar.okr.testing.JiraFixture.Role;
import dev.northstar.okr.testing.JiraIssues;
import org.junit.Test;

import java.util.List;
import java.util.Locale;

import static dev.northstar.okr.ui.HtmlAssert.contains;
import static dev.northstar.okr.ui.HtmlAssert.escapedOnce;
import static dev.northstar.okr.ui.HtmlAssert.lacks;
import static dev.northstar.okr.ui.ScreensWorld.HOSTILE;
import static dev.northstar.okr.ui.ScreensWorld.at;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

/**
 * The controls that write OKRs into Jira (issue 10), rendered by real Velocity from the real view models: the
 * overview's guided start and "New objective" form, the objective panel's alignment controls, the key result panel's
 * values form and initiative links, the initiative panel's "drive a key result"; each shown only to people Jira lets
 * make that change, the others told why (or shown nothing), in English and Korean.
 */
public class AuthoringScreensTest {
    private final ScreensWorld world = new ScreensWorld();

    {
        world.jira.project("AC");
    }

    private String overview() {
        return world.render(world.screens.overviewPage(world.caller(), null, null, null));
    }

    private String panel(String key) {
        return world.render(world.screens.keyResultPanel(world.caller(), key));
    }

    @Test
    public void shouldGuideAnEmptyCycleAndOfferTheNewObjectiveForm() {
        String html = overview();
        contains(html, "okr-guide", "Set up this quarter&#39;s OKRs in three steps", "Create an objective with its key"
                        + " results", "okr-create-open", "New objective", "data-okr-post=\"/jira/rest/northstar-okr/1.0/objectives\"",
                "data-okr-page=\"/jira/plugins/servlet/northstar-okr/overview\"",
                "<option value=\"AC\" selected=\"selected\">AC</option>",
                "<option value=\"" + world.cycle.id() + "\" selected=\"selected\">2015 Q3</option>",
                "<option value=\"issue-count\" selected=\"selected\">Issue completion</option>",
                "<option value=\"metric\">Metric</option>", "data-okr-row=\"keyResults[0]\"",
                "data-okr-row=\"keyResults[3]\" hidden=\"hidden\"", "data-okr-error-for=\"keyResults[4].target\"",
                "Add a key result", "Create objective");
        lacks(html, "okr-create-why-not", "data-okr-row=\"keyResults[5]\"");
    }

    @Test
    public void shouldSayWhyTheFormIsMissing() {
        world.jira.as(Role.VIEWER);
        String viewer = overview();
        contains(viewer, "okr-create-why-not", "Jira does not let you create and link issues in AC.");
        lacks(viewer, "okr-create-form", "data-okr-post");

        world.jira.as(Role.MEMBER);
        world.store.cycles.close(world.cycle.id(), at("2015-08-01"));
        contains(overview(), "there is no open cycle to place them in");

        world.settings.update(new AppSettings(0.95, 0.75, 0.10, 14, List.of(), "", "", 0.0, 0.0, 1.0));
        contains(overview(), "OKRs are not enabled in any project you can browse");
    }

    @Test
    public void shouldOfferOnlyOpenCyclesAndEscapeTheirNamesOnce() {
        world.store.cycles.create(new Cycle(HOSTILE, at("2015-07-01"), at("2015-12-01")), "AC");
        String html = overview();
        escapedOnce(html, 1);
        world.standard();
        String filled = overview();
        contains(filled, "okr-create-open");
        lacks(filled, "okr-guide");
    }

    @Test
    public void shouldSpeakKorean() {
        world.jira.speaking(Locale.KOREAN);
        contains(overview(), "세 단계로 이번 분기 OKR 설정하기", "새 목표", "목표 만들기", "핵심 결과 추가");
        world.standard();
        contains(panel("AC-3"), "지표 값", "값 저장", "이니셔티브 연결");
    }

    @Test
    public void shouldOfferAMetricsValuesAndItsInitiativesLinksToItsEditors() {
        world.standard();
        String metric = panel("AC-3");
        contains(metric, "okr-values-form", "data-okr-put=\"/jira/rest/northstar-okr/1.0/keyresults/AC-3/values\"",
                "name=\"start\" value=\"10\"", "name=\"target\" value=\"20\"", "name=\"current\" value=\"15\"",
                "name=\"unit\" value=\"stores\"", "okr-link-form",
                "data-okr-post=\"/jira/rest/northstar-okr/1.0/keyresults/AC-3/initiatives\"", "Link an initiative");
        // the key field suggests issues from Jira's issue picker, neither objectives nor key results, never AC-3 itself
        contains(metric, "role=\"combobox\"", "aria-controls=\"okr-link-initiative-suggestions\"",
                "role=\"listbox\"", "data-okr-picker=\"/jira/rest/api/2/issue/picker\"",
                "data-okr-picker-jql=\"issuetype not in (" + objectiveType() + ", " + keyResultType() + ")\"",
                "data-okr-picker-issue=\"AC-3\"", "Issue key or summary, e.g. SHOP-1");
        String count = panel("AC-2");
        lacks(count, "okr-values-form");
        contains(count, "data-okr-delete=\"/jira/rest/northstar-okr/1.0/keyresults/AC-2/initiatives/AC-10\"",
                "data-okr-key=\"AC-10\"");
        assertEquals("each listed initiative once, its Unlink in its ranked row", 1,
                count.split("data-okr-key=\"AC-10\"", -1).length - 1);
        assertFalse(count, count.contains("okr-link-row"));

        world.jira.as(Role.VIEWER);
        lacks(panel("AC-3"), "okr-values-form", "okr-link-form", "okr-unlink");
    }

    @Test
    public void shouldOfferNoWritesOnceTheCycleIsClosed() {
        world.standard();
        world.store.cycles.close(world.cycle.id(), at("2015-10-02"));
        lacks(panel("AC-3"), "okr-values-form", "okr-link-form", "okr-unlink");
        lacks(world.render(world.screens.objectivePanel(world.caller(), "AC-1")), "okr-alignment-controls");
    }

    @Test
    public void shouldOfferAlignmentToThoseWhoMayLinkTheObjective() {
        world.standard();
        world.objective("AC-30");
        world.issues.link("AC-30", JiraIssues.ALIGNS, "AC-1");
        String parent = world.render(world.screens.objectivePanel(world.caller(), "AC-1"));
        contains(parent, "okr-alignment-controls", "data-okr-post=\"/jira/rest/northstar-okr/1.0/objectives/AC-1/parent\"",
                "Align to a parent objective",
                "data-okr-delete=\"/jira/rest/northstar-okr/1.0/objectives/AC-1/children/AC-30\"");
        contains(parent, "data-okr-picker=\"/jira/rest/api/2/issue/picker\"",
                "data-okr-picker-jql=\"issuetype = " + objectiveType() + "\"", "data-okr-picker-issue=\"AC-1\"");
        String child = world.render(world.screens.objectivePanel(world.caller(), "AC-30"));
        contains(child, "Aligned to", "data-okr-delete=\"/jira/rest/northstar-okr/1.0/objectives/AC-30/parent\"");
        lacks(child, "Align to a parent objective");
        world.jira.as(Role.VIEWER);
        lacks(world.render(world.screens.objectivePanel(world.caller(), "AC-1")), "okr-alignment-controls");
    }

    @Test
    public void shouldLetAnInitiativeDriveAnotherKeyResult() {
        world.standard();
        String html = world.render(world.screens.initiativePanel(world.caller(), "AC-10"));
        contains(html, "okr-drive-controls",
                "data-okr-post=\"/jira/rest/northstar-okr/1.0/initiatives/AC-10/keyresults\"", "name=\"keyResult\"",
                "data-okr-delete=\"/jira/rest/northstar-okr/1.0/initiatives/AC-10/keyresults/AC-2\"", "Stop driving");
        contains(html, "aria-controls=\"okr-drive-kr-suggestions\"",
                "data-okr-picker-jql=\"issuetype = " + keyResultType() + "\"", "data-okr-picker-issue=\"AC-10\"");
        world.jira.as(Role.VIEWER);
        lacks(world.render(world.screens.initiativePanel(world.caller(), "AC-10")), "okr-drive-controls");
    }

    private String objectiveType() {
        return world.store.schema.current().objectiveTypeId();
    }

    private String keyResultType() {
        return world.store.schema.current().keyResultTypeId();
    }
}
