package dev.northstar.okr.ui;

import dev.northstar.okr.cycle.StoredCycle;
import dev.northstar.okr.domain.CheckIn;
import dev.northstar.okr.domain.Cycle;
import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.domain.Weight;
import dev.northstar.okr.objective.ObjectiveSettings;
import dev.northstar.okr.testing.JiraIssues;
import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import static dev.northstar.okr.ui.HtmlAssert.contains;
import static dev.northstar.okr.ui.HtmlAssert.lacks;
import static dev.northstar.okr.ui.ScreensWorld.at;

/**
 * The screens say which instant a cycle's figures belong to, in the caller's language: an ended or closed cycle is
 * measured at its end, an upcoming one shows its starting point without pace, and a closed cycle offers no check-in
 * form. Odd estimates are translated notes.
 */
public class CycleTimingScreensTest {
    private final ScreensWorld world = new ScreensWorld().standard();

    private String panel(String key) {
        return world.render(world.screens.keyResultPanel(world.caller(), key));
    }

    private String objectivePanel(String key) {
        return world.render(world.screens.objectivePanel(world.caller(), key));
    }

    private void moveClockTo(Instant t) {
        world.clock.advance(Duration.between(world.clock.instant(), t));
    }

    @Test
    public void shouldMeasureAnEndedCycleAtItsEndAndSaySo() {
        world.issues.issue("AC-15").in("AC-10").done(at("2015-12-01")); // after the quarter
        world.store.checkIns.add(new CheckIn("AC-2", 6, "", "lead", at("2015-09-20")));
        moveClockTo(at("2016-03-01"));
        String html = panel("AC-2");
        contains(html, "okr-cycle-timing", "This cycle ended on Sep 30, 2015: figures, pace and the age of the last"
                + " check-in are as of its end.", "3 of 5 issues done", "Off track");
        lacks(html, "4 of 5 issues done", "okr-stale");
        contains(objectivePanel("AC-1"), "This cycle ended on Sep 30, 2015");
        contains(world.render(world.screens.overviewPage(world.caller(), world.cycle.id(), null, null)),
                "This cycle ended on Sep 30, 2015");
        world.jira.speaking(Locale.KOREAN);
        contains(panel("AC-2"), "이 주기는", "끝났습니다. 수치, 속도, 마지막 체크인 이후 경과일은 주기가 끝난 시점 기준입니다.");
    }

    @Test
    public void shouldOfferNoCheckInFormOnAClosedCycleAndSayWhy() {
        world.store.cycles.close(world.cycle.id(), at("2015-10-02"));
        moveClockTo(at("2015-10-03"));
        String html = panel("AC-2");
        lacks(html, "okr-checkin-form", "data-okr-post");
        contains(html, "okr-checkin-closed", "This cycle is closed: its key results take no more check-ins.",
                "This cycle is closed: figures, pace and the age of the last check-in are as of its end, Sep 30, 2015.");
        world.jira.speaking(Locale.KOREAN);
        contains(panel("AC-2"), "이 주기는 종료되어 핵심 결과가 더 이상 체크인을 받지 않습니다.");
    }

    @Test
    public void shouldShowAnUpcomingCycleAtItsStartingPointWithoutPace() {
        StoredCycle q4 = world.store.cycles.create(new Cycle("2015 Q4", at("2015-10-01"), at("2016-01-01")), "AC");
        world.store.objectives.save(new ObjectiveSettings("AC-1", q4.id(), false, Weight.ONE, "Team AC-1"));
        String html = panel("AC-2");
        contains(html, "This cycle starts on Oct 1, 2015: figures show its starting point, with no pace until it"
                + " starts.", "3 of 4 issues done");
        lacks(html, "Not started", "okr-stale", "Expected by now");
        String objective = objectivePanel("AC-1");
        contains(objective, "This cycle starts on Oct 1, 2015");
        lacks(objective, "Not started");
        world.jira.speaking(Locale.KOREAN);
        contains(panel("AC-2"), "이 주기는", "시작합니다. 수치는 시작 시점의 상태이며 시작 전에는 속도를 보이지 않습니다.");
        lacks(panel("AC-2"), "시작 전</span>");
    }

    @Test
    public void shouldSayNothingOfTheInstantWhileTheCycleRuns() {
        lacks(panel("AC-2"), "okr-cycle-timing");
        lacks(objectivePanel("AC-1"), "okr-cycle-timing");
    }

    @Test
    public void shouldTranslateANoteOnAnEstimateThatIsNoUsableNumber() {
        world.keyResult("AC-6", "AC-1", KeyResultKind.STORY_POINTS);
        world.issues.link("AC-10", JiraIssues.DRIVES, "AC-6");
        world.issues.issue("AC-13").points(-3);
        String html = panel("AC-6");
        contains(html, "AC-13: story points &quot;-3&quot; are not a usable estimate; the issue counts as"
                + " unestimated.", "8 of 8 points done (2 issues without an estimate count 0)");
        world.jira.speaking(Locale.KOREAN);
        contains(panel("AC-6"), "AC-13: 스토리 포인트 &quot;-3&quot;은(는) 쓸 수 있는 추정치가 아니어서 추정 없음으로 셉니다.");
    }
}
