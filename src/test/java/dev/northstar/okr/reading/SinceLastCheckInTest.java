package dev.northstar.okr.reading;

import dev.northstar.okr.checkin.CheckInService;
import dev.northstar.okr.checkin.CheckInSubject.ValueUse;
import dev.northstar.okr.checkin.MetricValueWriter;
import dev.northstar.okr.domain.CheckIn;
import dev.northstar.okr.domain.Direction;
import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.domain.Weight;
import dev.northstar.okr.errors.InvalidInputException;
import dev.northstar.okr.errors.NotFoundException;
import dev.northstar.okr.host.UserNames;
import dev.northstar.okr.keyresult.KeyResultSettings;
import dev.northstar.okr.keyresult.KeyResultSettings.MetricGoal;
import dev.northstar.okr.keyresult.KeyResultSettings.Source;
import dev.northstar.okr.keyresult.MetricFrom;
import dev.northstar.okr.keyresult.StatusWeights;
import dev.northstar.okr.settings.AppSettings;
import dev.northstar.okr.testing.JiraFixture.Role;
import dev.northstar.okr.reading.SinceLastCheckIn.IssueList;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.northstar.okr.reading.OkrWorld.at;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * What Jira knows since a key result's last check-in, on the read service's test world (now 2015-08-15, cycle from
 * 07-01): AC-2 counts the stories of epic AC-10, AC-11 done 07-10, AC-12 done 07-20, AC-13 to do, AC-14 done 08-05,
 * all created 06-01; AC-3 is a metric of 10 to 20, at 12 from 07-15 and 15 from 08-01.
 */
public class SinceLastCheckInTest {
    private final OkrWorld world = new OkrWorld().standard();
    /** Values written to a Key Result issue's field by check-ins, as "AC-3=17.0". */
    private final List<String> written = new ArrayList<>();
    private final MetricValueWriter writer = (key, value) -> written.add(key + "=" + value);
    /** Check-ins as the app makes them: the read side answers what each records. */
    private final CheckInService checkIns = new CheckInService(world.store.checkIns, world.settings,
            key -> Optional.empty(), new CheckInSubjects(world.service), writer, UserNames.KEYS_ONLY, world.clock);

    {
        world.jira.as(Role.MEMBER);
    }

    private void moveClockTo(java.time.Instant at) {
        world.clock.advance(java.time.Duration.between(world.clock.instant(), at));
    }

    private SinceLastCheckIn since(String key) {
        return world.service.sinceLastCheckIn(key);
    }

    private static void assertIssues(List<String> named, int hidden, IssueList list) {
        assertEquals(named, list.keys());
        assertEquals("hidden", hidden, list.hidden());
    }

    @Test
    public void shouldStartFromTheCycleStartBeforeTheFirstCheckIn() {
        SinceLastCheckIn s = since("AC-2");
        assertEquals("2015-07-01T00:00:00Z", s.window().since());
        assertEquals("cycle-start", s.window().sinceBasis());
        assertEquals("2015-08-15T00:00:00Z", s.window().until());
        assertEquals("now", s.window().figuresAt());
        assertNull("no confidence to start from", s.window().lastConfidence());
        assertEquals(0.0, s.movement().progressThen(), 0.0);
        assertEquals(0.75, s.movement().progressNow(), 0.0);
        assertIssues(List.of("AC-11", "AC-12", "AC-14"), 0, s.completed());
        assertEquals("without a recorded scope, entered are the issues created since", "created", s.scopeBasis());
        assertIssues(List.of(), 0, s.entered());
        assertNull("which issues left is not known", s.left());
        assertEquals("issue-count", s.kind());
        assertEquals("none", s.valueUse());

        world.issues.issue("AC-15").in("AC-10").created(at("2015-08-03"));
        world.issueChanged("AC-15");
        assertIssues(List.of("AC-15"), 0, since("AC-2").entered());
    }

    @Test
    public void shouldCountTheIssuesCompletedSinceTheLastCheckInAndTheProgressThen() {
        world.store.checkIns.add(new CheckIn("AC-2", 6, "on plan", "lead", at("2015-07-25")));
        SinceLastCheckIn s = since("AC-2");
        assertEquals("2015-07-25T00:00:00Z", s.window().since());
        assertEquals("last-check-in", s.window().sinceBasis());
        assertEquals(6, (int) s.window().lastConfidence());
        assertEquals("lead", s.window().lastAuthor());
        assertEquals("AC-11 and AC-12 were done by then", 0.5, s.movement().progressThen(), 0.0);
        assertEquals(0.75, s.movement().progressNow(), 0.0);
        assertIssues(List.of("AC-14"), 0, s.completed());
        assertEquals("a check-in made before scopes were recorded", "created", s.scopeBasis());
    }

    @Test
    public void shouldTellWhichIssuesEnteredAndLeftTheScopeSinceTheScopeTheLastCheckInRecorded() {
        moveClockTo(at("2015-07-25"));
        checkIns.add("AC-2", 6, "on plan", null, "member");
        assertEquals(List.of("AC-11", "AC-12", "AC-13", "AC-14"),
                world.store.checkIns.scopeAt("AC-2", at("2015-07-25")).orElseThrow());

        moveClockTo(OkrWorld.NOW);
        world.issues.issue("AC-13").in("AC-99"); // moved to another epic
        world.issueChanged("AC-13");
        world.issues.issue("AC-16").in("AC-10"); // created 06-01, moved into the epic since
        world.issueChanged("AC-16");
        SinceLastCheckIn s = since("AC-2");
        assertEquals("recorded", s.scopeBasis());
        assertIssues(List.of("AC-16"), 0, s.entered());
        assertIssues(List.of("AC-13"), 0, s.left());
        assertIssues(List.of("AC-14"), 0, s.completed());
        assertEquals(0.5, s.movement().progressThen(), 0.0);
        assertEquals("AC-11, AC-12, AC-14 of AC-11, AC-12, AC-14, AC-16", 0.75, s.movement().progressNow(), 0.0);
    }

    @Test
    public void shouldCountHiddenIssuesWithoutNamingThem() {
        moveClockTo(at("2015-07-25"));
        checkIns.add("AC-2", 6, "", null, "member");
        moveClockTo(OkrWorld.NOW);
        world.issues.issue("AC-15").in("AC-10").created(at("2015-08-03")).done(at("2015-08-10"));
        world.issueChanged("AC-15");
        world.issues.issue("AC-13").in("AC-99");
        world.issueChanged("AC-13");
        world.jira.secure("AC-14").secure("AC-15").secure("AC-13").as(Role.VIEWER);
        SinceLastCheckIn s = since("AC-2");
        assertIssues(List.of(), 2, s.completed());
        assertIssues(List.of(), 1, s.entered());
        assertIssues(List.of(), 1, s.left());
        assertEquals("figures count every issue: AC-11, AC-12, AC-14, AC-15 are done", 1.0,
                s.movement().progressNow(), 0.0);

        world.jira.as(Role.PROJECT_ADMIN);
        SinceLastCheckIn all = since("AC-2");
        assertIssues(List.of("AC-14", "AC-15"), 0, all.completed());
        assertIssues(List.of("AC-15"), 0, all.entered());
        assertIssues(List.of("AC-13"), 0, all.left());
    }

    @Test
    public void shouldLeaveHiddenIssuesOutWhenTheAdministratorLeavesThemOutOfTheFigures() {
        moveClockTo(at("2015-07-25"));
        checkIns.add("AC-2", 6, "", null, "member");
        moveClockTo(OkrWorld.NOW);
        world.issues.issue("AC-13").in("AC-99");
        world.issueChanged("AC-13");
        AppSettings now = world.settings.current();
        world.settings.update(new AppSettings(now.paceOnTrack(), now.paceAtRisk(), now.justStartedBelow(),
                now.staleDays(), now.enabledProjects(), now.storyPointsField(), now.sprintField(), now.weightToDo(),
                now.weightInProgress(), now.weightDone(), AppSettings.HIDDEN_LEAVE_OUT));
        world.jira.secure("AC-14").secure("AC-13").as(Role.VIEWER);
        SinceLastCheckIn s = since("AC-2");
        assertIssues(List.of(), 0, s.completed());
        assertIssues(List.of(), 0, s.left());
        assertIssues(List.of(), 0, s.entered());
        assertEquals("AC-11 and AC-12, the viewer's only issues", 1.0, s.movement().progressNow(), 0.0);
        assertEquals("AC-14 is left out then too", 1.0, s.movement().progressThen(), 0.0);
    }

    @Test
    public void shouldShowAMetricsValueThenAndNowWithoutIssues() {
        world.store.checkIns.add(new CheckIn("AC-3", 7, "", "lead", at("2015-07-20")));
        SinceLastCheckIn s = since("AC-3");
        assertEquals("metric", s.kind());
        assertEquals("field", s.valueUse());
        assertEquals(12.0, s.movement().valueThen(), 0.0);
        assertEquals(15.0, s.movement().valueNow(), 0.0);
        assertEquals("stores", s.movement().unit());
        assertEquals(0.2, s.movement().progressThen(), 1e-12);
        assertEquals(0.5, s.movement().progressNow(), 1e-12);
        assertNull(s.completed());
        assertNull(s.entered());
        assertNull(s.left());
        assertEquals("none", s.scopeBasis());
        checkIns.add("AC-3", 7, "", null, "member");
        assertTrue("a metric records no scope", world.store.checkIns.scopeAt("AC-3", OkrWorld.NOW).isEmpty());
    }

    @Test
    public void shouldTakeAValueForAMetricOnlyAndWriteItWhereTheMetricReadsIt() {
        refused(() -> checkIns.add("AC-2", 7, "", 3.0, "member"), "okr.error.checkInValueNotMetric");
        assertEquals("a refused check-in stores nothing", 0, world.store.checkIns.count("AC-2"));

        checkIns.add("AC-3", 7, "", 17.0, "member");
        assertEquals("the current value field is written", List.of("AC-3=17.0"), written);
        assertEquals(17.0, world.store.checkIns.latest("AC-3", 1).get(0).value(), 0.0);

        saveMetric(MetricFrom.CHECK_IN);
        world.clock.advance(java.time.Duration.ofMinutes(1));
        checkIns.add("AC-3", 7, "", 18.0, "member");
        assertEquals("the check-in itself holds it", 1, written.size());
        assertEquals(0.8, world.service.keyResult("AC-3", null).keyResult().figures().progress(), 1e-12);

        saveMetric(MetricFrom.JQL_COUNT);
        refused(() -> checkIns.add("AC-3", 7, "", 19.0, "member"), "okr.error.checkInValueComputed");
        assertEquals(2, world.store.checkIns.count("AC-3"));
        assertEquals("computed", since("AC-3").valueUse());
        checkIns.add("AC-3", 5, "no value, no problem", null, "member");
        assertEquals(3, world.store.checkIns.count("AC-3"));
    }

    @Test
    public void shouldRefuseAValueBeyondTheAppsBounds() {
        refused(() -> checkIns.add("AC-3", 7, "", 2e15, "member"), "okr.error.valueTooLarge");
        assertTrue(written.isEmpty());
    }

    @Test
    public void shouldCheckInOnAKeyResultInNoCycleWithoutRecordingAScope() {
        world.issues.objective("AC-40");
        world.issueCount("AC-41", "AC-40");
        checkIns.add("AC-41", 5, "", null, "member");
        assertEquals(1, world.store.checkIns.count("AC-41"));
        assertTrue(world.store.checkIns.scopeAt("AC-41", OkrWorld.NOW).isEmpty());
        try {
            since("AC-41");
            fail("a key result in no cycle has no evidence");
        } catch (NotFoundException expected) {
            assertEquals("okr.error.keyResultNotInCycle", expected.messageKey());
        }
    }

    private void saveMetric(MetricFrom from) {
        world.store.keyResults.save(new KeyResultSettings("AC-3", KeyResultKind.METRIC,
                new MetricGoal(Direction.INCREASE, null, null), Weight.ONE,
                new Source(from.name().startsWith("JQL") ? "project = AC" : "", from, "", "project_admin"),
                StatusWeights.DONE_ONLY, false));
    }

    private static void refused(Runnable call, String messageKey) {
        try {
            call.run();
            fail("expected " + messageKey);
        } catch (InvalidInputException refused) {
            assertEquals(messageKey, refused.messageKey());
            assertEquals("value", refused.field());
        }
    }

    @Test
    public void shouldNameWhatTheValueIsForFromTheKeyResultsSettings() {
        assertEquals(ValueUse.NONE, world.service.checkInSubject("AC-2").valueUse());
        assertEquals(ValueUse.FIELD, world.service.checkInSubject("AC-3").valueUse());
        assertNull("a metric has no issue scope", world.service.checkInSubject("AC-3").scope());
        assertEquals(List.of("AC-11", "AC-12", "AC-13", "AC-14"), world.service.checkInSubject("AC-2").scope());
    }
}
