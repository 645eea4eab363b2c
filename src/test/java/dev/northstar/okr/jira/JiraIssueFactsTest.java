package dev.northstar.okr.jira;

import dev.northstar.okr.domain.DoneSource;
import dev.northstar.okr.domain.InProgressSource;
import dev.northstar.okr.domain.IssueFact;
import dev.northstar.okr.domain.TimedValue;
import dev.northstar.okr.reading.FactRequest;
import dev.northstar.okr.reading.FactSet;
import dev.northstar.okr.reading.FieldChoice;
import dev.northstar.okr.reading.KeyResultValues;
import dev.northstar.okr.testing.JiraFixture;
import dev.northstar.okr.testing.JiraIssues;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;

/** Jira issues become the engine's facts: children, done instants, story points, sprints, KR values, visibility. */
public class JiraIssueFactsTest {
    private static final Instant JUNE = Instant.parse("2015-06-01T00:00:00Z");
    private static final Instant JULY = Instant.parse("2015-07-01T00:00:00Z");
    private static final Instant AUGUST = Instant.parse("2015-08-01T00:00:00Z");

    private final JiraFixture fixture = new JiraFixture();
    private final JiraIssues jira = new JiraIssues(fixture);

    private FactSet read(Set<String> issues, Set<String> expand, Set<String> keyResults) {
        return jira.facts.read(new FactRequest(issues, expand, keyResults, null, "customfield_10002",
                "customfield_10100", jira.schema));
    }

    private static IssueFact fact(FactSet set, String key) {
        return set.facts().stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no fact for " + key));
    }

    @Test
    public void shouldFindEpicChildrenThroughTheEpicLinkField() {
        jira.issue("AC-10").type(JiraIssues.EPIC, "Epic");
        jira.issue("AC-11").in("AC-10").points(3);
        FactSet set = read(Set.of("AC-10"), Set.of("AC-10"), Set.of());
        assertEquals("AC-10", fact(set, "AC-11").epicKey());
        assertEquals(3.0, fact(set, "AC-11").storyPoints(), 0.0);
        assertTrue(jira.search.queries.contains("cf[10008] in (AC-10)"));
    }

    @Test
    public void shouldFindChildrenThroughParentWhenJiraHasNoEpicLink() {
        jira.withoutEpicLink();
        jira.issue("AC-10");
        jira.issue("AC-11").in("AC-10");
        jira.issue("AC-12").subtaskOf("AC-11");
        FactSet set = read(Set.of("AC-10"), Set.of("AC-10", "AC-11"), Set.of());
        assertTrue(jira.search.queries.contains("parent in (AC-10, AC-11)"));
        assertEquals("a child counts for its initiative", "AC-10", fact(set, "AC-11").epicKey());
        assertNull("a sub-task counts through its parent", fact(set, "AC-12").epicKey());
        assertEquals("AC-11", fact(set, "AC-12").parentKey());
        assertTrue(fact(set, "AC-12").subtask());
    }

    @Test
    public void shouldTakeTheFirstMoveIntoADoneStatusAsTheDoneInstant() {
        jira.issue("AC-1").done(AUGUST);
        jira.change("AC-1", "status", JUNE, JiraIssues.TODO_STATUS, JiraIssues.PROGRESS_STATUS);
        jira.change("AC-1", "status", JULY, JiraIssues.PROGRESS_STATUS, JiraIssues.DONE_STATUS);
        jira.change("AC-1", "status", JULY.plusSeconds(60), JiraIssues.DONE_STATUS, JiraIssues.PROGRESS_STATUS);
        IssueFact done = fact(read(Set.of("AC-1"), Set.of(), Set.of()), "AC-1");
        assertEquals(JULY, done.doneAt());
        assertEquals(DoneSource.TRANSITION, done.doneSource());
    }

    @Test
    public void shouldTakeTheFirstMoveOutOfToDoFromTheStatusChangeItems() {
        Instant september = Instant.parse("2015-09-01T00:00:00Z");
        jira.issue("AC-1").done(AUGUST);
        jira.change("AC-1", "status", JUNE.plusSeconds(3600), JiraIssues.TODO_STATUS, JiraIssues.PROGRESS_STATUS);
        jira.issue("AC-2").inProgress().updated(september);
        jira.change("AC-2", "status", JULY, JiraIssues.TODO_STATUS, JiraIssues.PROGRESS_STATUS);
        jira.issue("AC-3").inProgress().updated(september);
        jira.issue("AC-4").updated(september);
        jira.change("AC-4", "status", JULY, JiraIssues.TODO_STATUS, JiraIssues.PROGRESS_STATUS);
        jira.change("AC-4", "status", AUGUST, JiraIssues.PROGRESS_STATUS, JiraIssues.TODO_STATUS);
        FactSet set = read(Set.of("AC-1", "AC-2", "AC-3", "AC-4"), Set.of(), Set.of());

        // In Progress is known as a status of category in progress because AC-2 and AC-3 are in it now
        assertEquals(JUNE.plusSeconds(3600), fact(set, "AC-1").timeline().firstInProgress());
        assertEquals(AUGUST, fact(set, "AC-1").doneAt());
        assertEquals(JULY, fact(set, "AC-2").inProgressAt());
        assertEquals(InProgressSource.TRANSITION, fact(set, "AC-2").inProgressSource());
        assertNull("no status history", fact(set, "AC-3").timeline().firstInProgress());
        assertEquals(september, fact(set, "AC-3").inProgressAt());
        assertEquals(InProgressSource.UPDATED, fact(set, "AC-3").inProgressSource());
        assertNull("to do now: never credited as in progress", fact(set, "AC-4").inProgressAt());
    }

    @Test
    public void shouldTakeTheCreationWhenTheFirstStatusChangeLeavesAnInProgressStatus() {
        // created straight into In Progress (known from AC-2), closed in July: in progress since creation
        jira.issue("AC-1").created(JUNE).done(JULY);
        jira.issue("AC-2").inProgress();
        IssueFact done = fact(read(Set.of("AC-1", "AC-2"), Set.of(), Set.of()), "AC-1");
        assertEquals(JUNE, done.inProgressAt());
        assertEquals(JULY, done.doneAt());
    }

    @Test
    public void shouldKnowEveryStatusCategoryFromJirasStatusListNotFromTheIssuesRead() {
        // no issue read is in progress now, yet Jira knows In Progress: AC-1 was in progress since its creation
        jira.issue("AC-1").created(JUNE).done(JULY);
        IssueFact done = fact(read(Set.of("AC-1"), Set.of(), Set.of()), "AC-1");
        assertEquals(JUNE, done.inProgressAt());
        assertEquals(JULY, done.doneAt());
        verify(jira.statuses, atLeastOnce()).getStatuses();
    }

    @Test
    public void shouldNotTakeAMoveIntoAStatusJiraNoLongerHasAsDone() {
        // a workflow migration deleted "Resolved" (id 5) after moving its issues to Done: the move into Resolved in
        // July says nothing; the move into Done on the migration day is the first known done move
        Instant migration = Instant.parse("2016-01-10T00:00:00Z");
        jira.issue("AC-1").created(JUNE);
        jira.change("AC-1", "status", JULY, JiraIssues.PROGRESS_STATUS, "5");
        jira.issue("AC-1").done(migration);
        IssueFact done = fact(read(Set.of("AC-1"), Set.of(), Set.of()), "AC-1");
        assertEquals(migration, done.doneAt());
        jira.status("5", "done");
        assertEquals("once Jira knows Resolved as done", JULY,
                fact(read(Set.of("AC-1"), Set.of(), Set.of()), "AC-1").doneAt());
    }

    @Test
    public void shouldCountADoneIssueInProgressFromItsDoneMoveWhenEarlierStatusesAreUnknown() {
        // the status before Done is one Jira no longer has, so the move from it to Done says only when it was done
        jira.forgetStatus(JiraIssues.PROGRESS_STATUS);
        jira.issue("AC-1").created(JUNE).done(JULY);
        IssueFact done = fact(read(Set.of("AC-1"), Set.of(), Set.of()), "AC-1");
        assertEquals(JULY, done.inProgressAt());
        assertEquals(JULY, done.doneAt());
    }

    @Test
    public void shouldDateADoneIssueByItsResolutionWhenAMigrationMovedItsStatusLater() {
        // resolved in June, then a workflow migration moved every issue into the new Done status in July
        jira.issue("AC-1").created(JUNE.minusSeconds(86_400)).done(JULY);
        jira.change("AC-1", "resolution", JUNE, null, "10000");
        IssueFact done = fact(read(Set.of("AC-1"), Set.of(), Set.of()), "AC-1");
        assertEquals(JUNE, done.doneAt());
        assertEquals(dev.northstar.okr.domain.DoneSource.RESOLUTION_SET, done.doneSource());
    }

    @Test
    public void shouldCountAnEstimateThatIsNoUsableNumberAsUnestimatedWithANoteOnThatIssue() {
        // Jira's number fields accept a negative estimate: one odd value is one note, the other issues stand
        jira.issue("AC-10").type(JiraIssues.EPIC, "Epic");
        jira.issue("AC-11").in("AC-10").points(-3);
        jira.issue("AC-12").in("AC-10").points(5);
        jira.issue("AC-13").in("AC-10").value(jira.storyPoints, Double.POSITIVE_INFINITY);
        FactSet set = read(Set.of("AC-10"), Set.of("AC-10"), Set.of());
        assertNull(fact(set, "AC-11").storyPoints());
        assertEquals(List.of("AC-11: story points \"-3\" are not a usable estimate: counted as unestimated"),
                fact(set, "AC-11").notes());
        assertEquals(5.0, fact(set, "AC-12").storyPoints(), 0.0);
        assertEquals(List.of(), fact(set, "AC-12").notes());
        assertNull(fact(set, "AC-13").storyPoints());
        assertEquals(1, fact(set, "AC-13").notes().size());
    }

    @Test
    public void shouldLeaveOutAKeyResultValueThatIsNoFiniteNumberWithANote() {
        jira.issue("AC-3").type(JiraIssues.KEY_RESULT, "Key Result").created(JUNE)
                .value(jira.start, 10.0).value(jira.target, 20.0).value(jira.current, Double.NaN);
        FactSet set = read(Set.of("AC-3"), Set.of(), Set.of("AC-3"));
        assertNull(set.values().get("AC-3").current());
        assertEquals(10.0, set.values().get("AC-3").start(), 0.0);
        assertEquals(List.of("AC-3: value \"NaN\" of field Current value is not a usable number: left out"),
                fact(set, "AC-3").notes());
    }

    @Test
    public void shouldReadAKeyResultsValuesWithTheCurrentValuesHistory() {
        jira.issue("AC-3").type(JiraIssues.KEY_RESULT, "Key Result").created(JUNE)
                .value(jira.start, 10.0).value(jira.target, 20.0).value(jira.current, 15.0).value(jira.unit, "%");
        jira.change("AC-3", "Current value", JULY, "10", "12");
        jira.change("AC-3", "Current value", AUGUST, "12", "15");
        FactSet set = read(Set.of("AC-3"), Set.of(), Set.of("AC-3"));
        KeyResultValues values = set.values().get("AC-3");
        assertEquals(10.0, values.start(), 0.0);
        assertEquals(20.0, values.target(), 0.0);
        assertEquals("%", values.unit());
        assertEquals(List.of(new TimedValue(JUNE, 10), new TimedValue(JULY, 12), new TimedValue(AUGUST, 15)),
                values.history().values());
        assertEquals(values.history(), fact(set, "AC-3").numericFields().get("Current value"));
    }

    @Test
    public void shouldNameTheKeyResultFieldsJiraNoLongerHas() {
        jira.issue("AC-3").type(JiraIssues.KEY_RESULT, "Key Result");
        jira.removeField(jira.target);
        KeyResultValues values = read(Set.of("AC-3"), Set.of(), Set.of("AC-3")).values().get("AC-3");
        assertEquals(List.of("customfield_10402"), values.missingFields());
    }

    @Test
    public void shouldReadIssuesTheCallerCannotBrowseAndAskTheirVisibilityApart() {
        jira.issue("AC-1");
        jira.issue("AC-2");
        fixture.secure("AC-2").as(JiraFixture.Role.VIEWER);
        FactSet set = read(Set.of("AC-1", "AC-2"), Set.of(), Set.of());
        assertEquals("read all the same", 2, set.facts().size());
        assertEquals(Set.of("AC-1"), jira.structure.browsable(List.of("AC-1", "AC-2", "AC-404")));
        assertEquals("one search with the viewer's permissions", 1, jira.search.permissionChecked);
    }

    @Test
    public void shouldChooseFieldsByNameOrByTheAdminsChoice() {
        assertEquals("customfield_10002", jira.facts.storyPointsField("").id());
        assertEquals("customfield_10100", jira.facts.sprintField(null).id());
        jira.addField("customfield_10777", "Story Points");
        FieldChoice ambiguous = jira.facts.storyPointsField("");
        assertEquals(FieldChoice.Problem.AMBIGUOUS, ambiguous.problem());
        assertEquals(List.of("customfield_10002", "customfield_10777"), ambiguous.candidates());
        assertEquals("customfield_10777", jira.facts.storyPointsField("customfield_10777").id());
        assertEquals(FieldChoice.Problem.UNKNOWN_OVERRIDE, jira.facts.sprintField("customfield_4").problem());
        jira.removeField(jira.sprint);
        assertEquals(FieldChoice.Problem.MISSING, jira.facts.sprintField("").problem());
    }

    @Test
    public void shouldFallBackToStoryPointEstimate() {
        jira.removeField(jira.storyPoints);
        jira.addField("customfield_10106", "Story point estimate");
        FieldChoice choice = jira.facts.storyPointsField("");
        assertEquals("customfield_10106", choice.id());
    }

    @Test
    public void shouldReadTheSprintsIssuesAndTheSprintItself() {
        JiraIssues.SprintStandIn sprint = new JiraIssues.SprintStandIn(7, "Sprint 7", "CLOSED", JUNE, JULY, JULY);
        jira.issue("AC-1").sprints(sprint);
        FactSet set = jira.facts.read(new FactRequest(Set.of(), Set.of(), Set.of(), 7, null, "customfield_10100",
                jira.schema));
        assertEquals(List.of(7), fact(set, "AC-1").sprintIds());
        assertEquals(JUNE, set.sprints().get(7).start());
        assertTrue(jira.search.queries.contains("cf[10100] = 7"));
    }
}
