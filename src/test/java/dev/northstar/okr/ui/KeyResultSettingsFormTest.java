package dev.northstar.okr.ui;

import dev.northstar.okr.domain.Direction;
import dev.northstar.okr.domain.Initiative;
import dev.northstar.okr.domain.InitiativeScope;
import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.domain.Weight;
import dev.northstar.okr.keyresult.KeyResultSettings;
import dev.northstar.okr.keyresult.KeyResultSettings.MetricGoal;
import dev.northstar.okr.keyresult.KeyResultSettings.Source;
import dev.northstar.okr.keyresult.MetricFrom;
import dev.northstar.okr.keyresult.StatusWeights;
import dev.northstar.okr.settings.AppSettings;
import dev.northstar.okr.testing.JiraFixture.Role;
import org.junit.Test;

import java.util.List;
import java.util.Locale;

import static dev.northstar.okr.ui.HtmlAssert.before;
import static dev.northstar.okr.ui.HtmlAssert.contains;
import static dev.northstar.okr.ui.HtmlAssert.escapedOnce;
import static dev.northstar.okr.ui.HtmlAssert.lacks;
import static dev.northstar.okr.ui.ScreensWorld.HOSTILE;

/**
 * The Key Result panel's settings form and its initiatives' inline ratings and ranking, rendered by real Velocity from
 * their real view models: filled with what is stored, offered to the key result's editors only, the others told why.
 */
public class KeyResultSettingsFormTest {
    private static final String REST = "/jira/rest/northstar-okr/1.0/keyresults/";
    private final ScreensWorld world = new ScreensWorld().standard();

    private String panel(String key) {
        return world.render(world.screens.keyResultPanel(world.caller(), key));
    }

    @Test
    public void shouldOfferItsEditorsTheStoredSettingsWithTheirSaveAndPreviewPaths() {
        world.store.keyResults.save(new KeyResultSettings("AC-2", KeyResultKind.STORY_POINTS, MetricGoal.INCREASE,
                Weight.of(3), new Source("project = AC AND labels = okr", MetricFrom.FIELD, ""),
                new StatusWeights(0.0, 0.5, 1.0), true));
        String html = panel("AC-2");
        contains(html, "<h4 class=\"okr-subheading\">How it is measured</h4>",
                "data-okr-put=\"" + REST + "AC-2/settings\"", "data-okr-preview=\"" + REST + "AC-2/jql-preview\"",
                "<option value=\"story-points\" selected=\"selected\">Story points</option>",
                "<option value=\"issue-count\">Issue completion</option>", "name=\"weight\" value=\"3\"",
                ">project = AC AND labels = okr</textarea>", "okr-jql-preview", ">Preview</button>",
                "<option value=\"own\" selected=\"selected\">Weights of its own</option>",
                "name=\"weightInProgress\" value=\"0.5\"", "name=\"focusMetric\" checked=\"checked\"",
                "aria-expanded=\"false\"", "class=\"okr-settings-body\" hidden>");
        for (String field : List.of("kind", "weight", "direction", "low", "high", "metricFrom", "jql",
                "aggregateField", "weightToDo", "weightInProgress", "weightDone", "focusMetric", "")) {
            contains(html, "data-okr-error-for=\"" + field + "\"");
        }
        lacks(html, "okr-settings-locked");
    }

    @Test
    public void shouldOfferTheDefaultCreditNamingItsWeightsUntilTheKeyResultHasItsOwn() {
        world.settings.update(new AppSettings(0.95, 0.75, 0.10, 14, List.of("AC"), "", "", 0.0, 0.25, 1.0));
        world.store.keyResults.save(new KeyResultSettings("AC-2", KeyResultKind.ISSUE_COUNT, MetricGoal.INCREASE,
                Weight.ONE, Source.NONE, null, false));
        String html = panel("AC-2");
        contains(html, "<option value=\"default\" selected=\"selected\">The default for every key result (to do 0, in"
                        + " progress 0.25, done 1)</option>", "name=\"weightInProgress\" value=\"0.25\"",
                "name=\"focusMetric\"/>");
        lacks(html, "checked=\"checked\"");
    }

    @Test
    public void shouldShowAMetricsDirectionBandAndValueSource() {
        world.store.keyResults.save(new KeyResultSettings("AC-3", KeyResultKind.METRIC,
                new MetricGoal(Direction.MAINTAIN, 2.5, 3.0), Weight.ONE,
                new Source("project = AC", MetricFrom.JQL_AVERAGE, "customfield_10002"), null, false));
        String html = panel("AC-3");
        contains(html, "<option value=\"metric\" selected=\"selected\">Metric</option>",
                "<option value=\"maintain\" selected=\"selected\">Stay within a band</option>",
                "name=\"low\" value=\"2.5\"", "name=\"high\" value=\"3\"",
                "<option value=\"jql-average\" selected=\"selected\">A field averaged over the issues the JQL finds",
                "<option value=\"check-in\">The value given with each check-in</option>",
                "name=\"aggregateField\" maxlength=\"255\" value=\"customfield_10002\"",
                "data-okr-kinds=\"metric\" data-okr-directions=\"maintain\"",
                "data-okr-kinds=\"metric\" data-okr-sources=\"jql-sum jql-average\"",
                "data-okr-kinds=\"issue-count story-points\"");
        // the metric's start, target, current value and unit are Jira fields with their own inputs, not settings
        lacks(html, "name=\"start\"", "name=\"target\"", "name=\"current\"", "name=\"unit\"");
    }

    @Test
    public void shouldOpenTheFormOfAKeyResultNeverConfiguredWithTheDefaults() {
        world.issues.keyResult("AC-5", "AC-1");
        String html = panel("AC-5");
        contains(html, "<option value=\"issue-count\" selected=\"selected\">",
                "<option value=\"increase\" selected=\"selected\">", "<option value=\"field\" selected=\"selected\">",
                "<option value=\"default\" selected=\"selected\">", "name=\"weight\" value=\"1\"",
                "name=\"low\" value=\"\"", "></textarea>", "aria-expanded=\"true\"", "class=\"okr-settings-body\">");
    }

    @Test
    public void shouldOfferTheFormAlsoWhenTheKeyResultCannotBeMeasuredHere() {
        world.issues.objective("AC-40");
        world.issues.keyResult("AC-41", "AC-40");
        contains(panel("AC-41"), "Key result AC-41 measures no objective placed in a cycle.",
                "data-okr-put=\"" + REST + "AC-41/settings\"");
    }

    @Test
    public void shouldTellThoseWhoMayNotEditWhyThereIsNoFormAndNoRating() {
        world.jira.as(Role.VIEWER);
        String html = panel("AC-2");
        contains(html, "okr-settings-locked", "Only people who may edit AC-2 can change how it is measured.");
        lacks(html, "okr-kr-settings-form", "data-okr-put", "data-okr-preview", "okr-rating-form",
                "okr-kr-settings-toggle");
        world.jira.speaking(Locale.KOREAN);
        contains(panel("AC-2"), "AC-2\uc744(\ub97c) \ud3b8\uc9d1\ud560 \uc218 \uc788\ub294 \uc0ac\ub78c\ub9cc \uce21\uc815"
                + " \ubc29\ubc95\uc744 \ubc14\uafc0 \uc218 \uc788\uc2b5\ub2c8\ub2e4.");
    }

    @Test
    public void shouldRankInitiativesByScopeThenImpactPerEffortWithUnscoredOnesLast() {
        world.issues.epic("AC-15", "AC-2");
        world.issues.epic("AC-16", "AC-2");
        world.issues.epic("AC-17", "AC-2");
        world.store.initiatives.save("AC-2", new Initiative("AC-10", InitiativeScope.MUST_HAVE, 3, 3));
        world.store.initiatives.save("AC-2", new Initiative("AC-15", InitiativeScope.MUST_HAVE, 4, 1));
        world.store.initiatives.save("AC-2", new Initiative("AC-17", InitiativeScope.NICE_TO_HAVE, 5, 1));
        String html = panel("AC-2");
        // AC-15 (4 per effort) before AC-10 (1), then AC-16 unscored; the nice-to-have AC-17 after every must-have
        before(html, "data-okr-initiative=\"AC-15\"", "data-okr-initiative=\"AC-10\"");
        before(html, "data-okr-initiative=\"AC-10\"", "data-okr-initiative=\"AC-16\"");
        before(html, "data-okr-initiative=\"AC-16\"", "data-okr-initiative=\"AC-17\"");
        contains(html, "Ranked for planning: must have first, then by impact per effort",
                "data-okr-put=\"" + REST + "AC-2/initiatives/AC-15\"");
    }

    @Test
    public void shouldRankTheListForViewersToo() {
        world.issues.epic("AC-15", "AC-2");
        world.store.initiatives.save("AC-2", new Initiative("AC-15", InitiativeScope.MUST_HAVE, 2, 1));
        world.jira.as(Role.VIEWER);
        String html = panel("AC-2");
        before(html, "/jira/browse/AC-15\">AC-15</a>", "/jira/browse/AC-10\">AC-10</a>");
        lacks(html, "okr-rating-form");
    }

    @Test
    public void shouldRateEachInitiativeInlineWithItsStoredRatingChosen() {
        world.store.initiatives.save("AC-2", new Initiative("AC-10", InitiativeScope.NICE_TO_HAVE, 4, 0));
        String html = panel("AC-2");
        String form = html.substring(html.indexOf("data-okr-initiative=\"AC-10\""), html.indexOf("</form>",
                html.indexOf("data-okr-initiative=\"AC-10\"")));
        contains(form, "<option value=\"nice-to-have\" selected=\"selected\">Nice to have</option>",
                "<option value=\"not-in-scope\">Not in scope</option>",
                "<select class=\"select\" name=\"impact\">", "<option value=\"4\" selected=\"selected\">4</option>",
                "<select class=\"select\" name=\"effort\">", "<option value=\"0\" selected=\"selected\">Not scored",
                "data-okr-error-for=\"scope\"", "data-okr-error-for=\"impact\"", "data-okr-error-for=\"effort\"",
                ">Rate</button>");
        lacks(html, "okr-rank-note");
    }

    @Test
    public void shouldLabelTheFormAndRatingsInKorean() {
        world.jira.speaking(Locale.KOREAN);
        contains(panel("AC-2"), "\uce21\uc815 \ubc29\ubc95", "\ubbf8\ub9ac \ubcf4\uae30", "\ubbf8\ud3c9\uac00",
                "\uc774\uc288 \uc644\ub8cc", "\uc124\uc815 \uc800\uc7a5");
    }

    @Test
    public void shouldEscapeTheQueryAndTheFieldExactlyOnce() {
        world.store.keyResults.save(new KeyResultSettings("AC-2", KeyResultKind.ISSUE_COUNT, MetricGoal.INCREASE,
                Weight.ONE, new Source(HOSTILE, MetricFrom.FIELD, HOSTILE), null, false));
        escapedOnce(panel("AC-2"), 2);
    }
}
