package dev.northstar.okr.ui;

import dev.northstar.okr.domain.Cycle;
import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.domain.Weight;
import dev.northstar.okr.keyresult.KeyResultSettings;
import dev.northstar.okr.keyresult.KeyResultSettings.MetricGoal;
import dev.northstar.okr.keyresult.KeyResultSettings.Source;
import dev.northstar.okr.keyresult.StatusWeights;
import dev.northstar.okr.objective.ObjectiveSettings;
import dev.northstar.okr.settings.AppSettings;
import dev.northstar.okr.testing.JiraFixture.Role;
import dev.northstar.okr.testing.JiraIssues;
import org.junit.Test;

import java.util.List;
import java.util.Locale;

import static dev.northstar.okr.ui.HtmlAssert.before;
import static dev.northstar.okr.ui.HtmlAssert.contains;
import static dev.northstar.okr.ui.HtmlAssert.escapedOnce;
import static dev.northstar.okr.ui.HtmlAssert.lacks;
import static dev.northstar.okr.ui.ScreensWorld.HOSTILE;
import static dev.northstar.okr.ui.ScreensWorld.at;

/** The OKR overview page rendered by real Velocity from its real view model, over the read service. */
public class OverviewPageTest {
    private final ScreensWorld world = new ScreensWorld().standard();

    {
        world.objective("AC-30");
        world.issues.link("AC-30", JiraIssues.ALIGNS, "AC-1");
    }

    private String page(Long cycle, String project, String owner) {
        return world.render(world.screens.overviewPage(world.caller(), cycle, project, owner));
    }

    @Test
    public void shouldShowTheAlignmentTreeWithATrendChartPerObjective() {
        String html = page(null, null, null);
        contains(html, "<meta name=\"decorator\" content=\"atl.general\"/>", "2015 Q3, Jul 1, 2015 to Sep 30, 2015",
                "okr-level\" title=\"Owner\">Team AC-1</span>", "/jira/browse/AC-1",
                "okr-level\" title=\"Owner\">Team AC-30</span>", "/jira/browse/AC-30", "margin-left: 24px",
                "<svg class=\"okr-trend\"", "class=\"okr-trend-actual\" points=\"44,112 ",
                "class=\"okr-trend-expected\" points=\"44,112 424,12\"", "Jul 1, 2015", "42% on Aug 15, 2015");
        before(html, "/jira/browse/AC-1\"", "/jira/browse/AC-30\"");
    }

    @Test
    public void shouldShowTheLastDayOfTheCycleNotItsExclusiveEndInBothLanguages() {
        // the cycle is stored as [Jul 1, Oct 1): it ends with Sep 30, in the heading and on the chart's time axis
        String english = page(null, null, null);
        contains(english, "Jul 1, 2015 to Sep 30, 2015", "text-anchor=\"end\">Sep 30, 2015</text>");
        lacks(english, "Oct 1, 2015");
        world.jira.speaking(Locale.KOREAN);
        String korean = page(null, null, null);
        contains(korean, "2015. 7. 1. ~ 2015. 9. 30.", "text-anchor=\"end\">2015. 9. 30.</text>");
        lacks(korean, "2015. 10. 1.");
    }

    @Test
    public void shouldLabelEachObjectiveByItsOwnerNotByItsDepth() {
        // AC-40 aligns to an objective of another cycle: a root here, yet not a company objective
        long next = world.store.cycles.create(new Cycle("2015 Q4", at("2015-10-01"), at("2016-01-01")), "AC").id();
        world.store.objectives.save(new ObjectiveSettings("AC-50", next, false, Weight.ONE, "Company"));
        world.issues.objective("AC-50");
        world.store.objectives.save(new ObjectiveSettings("AC-40", world.cycle.id(), false, Weight.ONE, "Ana"));
        world.issues.objective("AC-40");
        world.issues.link("AC-40", JiraIssues.ALIGNS, "AC-50");
        world.store.objectives.save(new ObjectiveSettings("AC-30", world.cycle.id(), false, Weight.ONE, ""));
        for (Locale language : new Locale[]{Locale.ENGLISH, Locale.KOREAN}) {
            world.jira.speaking(language);
            String html = page(null, null, null);
            String ana = html.substring(html.indexOf("<article"), html.length());
            ana = ana.substring(ana.indexOf("/jira/browse/AC-40\"") - 400, ana.indexOf("/jira/browse/AC-40\""));
            contains(ana, ">Ana</span>");
            lacks(html, ">Company</span>", ">\ud68c\uc0ac</span>", ">Team</span>", ">\ud300</span>");
            String noOwner = html.substring(html.lastIndexOf("<article", html.indexOf("/jira/browse/AC-30\"")),
                    html.indexOf("/jira/browse/AC-30\""));
            lacks(noOwner, "okr-level");
        }
    }

    @Test
    public void shouldPlotTheAsOfProgressOfEachWeek() {
        String html = page(null, null, null);
        // AC-1 at 0% until AC-11 is done on July 10, then rising; the last point is now (Aug 15), 42%
        contains(html, "points=\"44,112 73,112 102,97 131,89 160,89 189,70 217,70 230,70\"");
    }

    @Test
    public void shouldDrawTheAxesAndALegendInBothLanguages() {
        String english = page(null, null, null);
        // the progress axis with its grid, the time axis with the cycle's start, middle and last day
        contains(english, "<line class=\"okr-trend-axis\" x1=\"44\" y1=\"12\" x2=\"44\" y2=\"112\"/>",
                "<line class=\"okr-trend-axis\" x1=\"44\" y1=\"112\" x2=\"424\" y2=\"112\"/>",
                "<line class=\"okr-trend-grid\" x1=\"44\" y1=\"62\" x2=\"424\" y2=\"62\"/>",
                "text-anchor=\"end\">100%</text>", "text-anchor=\"end\">50%</text>", "text-anchor=\"end\">0%</text>",
                "text-anchor=\"start\">Jul 1, 2015</text>", "text-anchor=\"end\">Sep 30, 2015</text>",
                "<figcaption class=\"okr-trend-legend\"><span class=\"okr-trend-key okr-trend-key-actual\"></span>Progress "
                        + "<span class=\"okr-trend-key okr-trend-key-expected\"></span>Expected by elapsed time</figcaption>");
        world.jira.speaking(Locale.KOREAN);
        contains(page(null, null, null), "okr-trend-key-actual\"></span>\uc9c4\ud589\ub960 <",
                "okr-trend-key-expected\"></span>\uacbd\uacfc \uc2dc\uac04 \uae30\uc900 \uae30\ub300 \uc9c4\ud589\ub960<",
                "text-anchor=\"start\">2015. 7. 1.</text>");
    }

    @Test
    public void shouldGiveEveryKeyResultTableTheSameColumns() {
        String html = page(null, null, null);
        int tables = html.split("<table class=\"aui okr-keyresults\">", -1).length - 1;
        int fixed = html.split("<table class=\"aui okr-keyresults\">\\s*<colgroup><col/><col class=\"okr-col-progress\"/>"
                + "<col class=\"okr-col-pace\"/><col class=\"okr-col-confidence\"/></colgroup>", -1).length - 1;
        org.junit.Assert.assertEquals(2, tables);
        org.junit.Assert.assertEquals("each table fixes its columns (checked in the browser: they line up)", tables,
                fixed);
    }

    @Test
    public void shouldColourEachObjectivesAndKeyResultsBarByItsPace() {
        String html = page(null, null, null);
        contains(html, "class=\"aui-progress-indicator okr-progress okr-pace-", "okr-progress-small okr-pace-");
        lacks(html, "class=\"aui-progress-indicator okr-progress\" ", "okr-progress-small\" ");
    }

    @Test
    public void shouldEndEveryChartOnTheFigureItsObjectiveShows() {
        assertChartsEndOnTheHeadline(page(null, null, null));
        // a cycle that ended on Jul 31 but is not closed: the tree is measured at its end (figures belong to their
        // cycle), and so is the chart's last point
        world.store.cycles.update(world.cycle.id(), new Cycle("2015 Q3", at("2015-07-01"), at("2015-08-01")), "AC");
        String ended = page(null, null, null);
        assertChartsEndOnTheHeadline(ended);
        contains(ended, "<span class=\"okr-percent\">33%</span>", "okr-trend-value\" x=\"", ">33%</text>",
                "This cycle ended on Jul 31, 2015");
    }

    /** In every objective of the tree, the chart's last label is the percentage its heading shows. */
    private static void assertChartsEndOnTheHeadline(String html) {
        int charts = 0;
        for (String article : html.split("<article class=\"okr-objective\"")) {
            if (!article.contains("okr-trend-value")) {
                continue;
            }
            String headline = between(article, "<span class=\"okr-percent\">", "</span>");
            String last = between(article.substring(article.indexOf("okr-trend-value")), ">", "</text>");
            org.junit.Assert.assertEquals(article, headline, last);
            charts++;
        }
        org.junit.Assert.assertTrue(charts >= 2);
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from) + from.length();
        return text.substring(start, text.indexOf(to, start));
    }

    @Test
    public void shouldShowFocusMetricsFirst() {
        world.store.keyResults.save(new KeyResultSettings("AC-3", KeyResultKind.METRIC, MetricGoal.INCREASE, Weight.ONE,
                Source.NONE, StatusWeights.DONE_ONLY, true));
        String html = page(null, null, null);
        contains(html, "okr-focus-card", "Focus metric");
        before(html, "okr-focus-card", "okr-tree");
    }

    @Test
    public void shouldFilterByOwner() {
        String html = page(null, null, "Team AC-30");
        contains(html, "/jira/browse/AC-30", "<option value=\"Team AC-30\" selected=\"selected\">Team AC-30</option>");
        lacks(html, "<a href=\"/jira/browse/AC-1\">");
        contains(page(null, null, "Nobody"), "No objective of Nobody in this cycle.");
    }

    @Test
    public void shouldKeepTheProjectAroundTheOverviewOfOneProjectAsJirasProjectPagesDo() {
        world.jira.project("TIMOB");
        world.settings.update(new AppSettings(0.95, 0.75, 0.10, 14, List.of("AC", "TIMOB"), "", "", 0.0, 0.0, 1.0));
        contains(page(null, "AC", null), "<meta name=\"projectKey\" content=\"AC\"/>",
                "<meta name=\"admin.active.section\" content=\"jira.project.sidebar.plugins.navigation\"/>",
                "<meta name=\"admin.active.tab\" content=\"okr-sidebar-overview\"/>");
        // all projects: no project to keep
        lacks(page(null, null, null), "name=\"projectKey\"", "admin.active.tab");
    }

    @Test
    public void shouldFilterByProject() {
        world.jira.project("TIMOB");
        world.settings.update(new AppSettings(0.95, 0.75, 0.10, 14, List.of("AC", "TIMOB"), "", "", 0.0, 0.0, 1.0));
        contains(page(null, "AC", null), "<option value=\"AC\" selected=\"selected\">AC</option>", "/jira/browse/AC-1");
        contains(page(null, "TIMOB", null), "No objective is placed in this cycle yet.");
    }

    @Test
    public void shouldSayWhenTheChosenCycleHasNotStarted() {
        long next = world.store.cycles.create(new Cycle("2015 Q4", at("2015-10-01"), at("2016-01-01")), "AC").id();
        String html = page(next, null, null);
        contains(html, "Starts Oct 1, 2015", "No objective is placed in this cycle yet.",
                "<option value=\"" + next + "\" selected=\"selected\">2015 Q4</option>");
        lacks(html, "<svg");
    }

    @Test
    public void shouldSayWhenThereIsNothingToShow() {
        world.jira.project("TIMOB");
        world.settings.update(new AppSettings(0.95, 0.75, 0.10, 14, List.of("TIMOB"), "", "", 0.0, 0.0, 1.0));
        contains(page(null, null, null), "There is no cycle yet.");
        world.jira.as(Role.OUTSIDER);
        contains(page(null, null, null), "No project you may browse has OKRs enabled.");
    }

    @Test
    public void shouldKeepAHiddenObjectivesPlaceWithoutNamingIt() {
        world.jira.secure("AC-1").as(Role.VIEWER);
        String html = page(null, null, null);
        contains(html, "An objective you cannot see", "/jira/browse/AC-30");
        lacks(html, "Summary of AC-1", "/jira/browse/AC-2\"");
    }

    @Test
    public void shouldEscapeSummariesOwnersAndCycleNamesExactlyOnce() {
        world.store.cycles.update(world.cycle.id(), new Cycle(HOSTILE, at("2015-07-01"), at("2015-10-01")), "AC");
        world.store.objectives.save(new ObjectiveSettings("AC-30", world.cycle.id(), false, Weight.ONE, HOSTILE));
        world.issues.issue("AC-1").summary(HOSTILE);
        world.issues.issue("AC-2").summary(HOSTILE);
        escapedOnce(page(null, null, null), 5);
    }

    @Test
    public void shouldSpeakTheCallersLanguage() {
        world.jira.speaking(Locale.KOREAN);
        contains(page(null, null, null), "OKR 개요", "title=\"담당\">Team AC-1</span>", "모든 담당", "주기 동안의 진행률");
    }
}
