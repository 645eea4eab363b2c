package dev.northstar.okr.reading;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueChangedEvent;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.history.ChangeItemBean;
import dev.northstar.okr.cycle.StoredCycle;
import dev.northstar.okr.domain.Cycle;
import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.domain.Weight;
import dev.northstar.okr.keyresult.KeyResultSettings;
import dev.northstar.okr.keyresult.KeyResultSettings.MetricGoal;
import dev.northstar.okr.keyresult.KeyResultSettings.Source;
import dev.northstar.okr.keyresult.StatusWeights;
import dev.northstar.okr.objective.ObjectiveSettings;
import dev.northstar.okr.host.OkrCache;
import dev.northstar.okr.jira.IssueChangeListener;
import dev.northstar.okr.settings.SettingsService;
import dev.northstar.okr.testing.JiraFixture;
import dev.northstar.okr.testing.JiraIssues;
import dev.northstar.okr.testing.JiraIssues.SprintStandIn;
import dev.northstar.okr.testing.MapCache;
import dev.northstar.okr.testing.MemoryStores;
import dev.northstar.okr.testing.TestClock;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A small Jira with OKRs for the read service and its endpoints: project AC, cycle 2015 Q3, now 2015-08-15.
 * {@link #standard()} builds the world most tests start from:
 * <ul>
 *   <li>AC-1 objective; AC-2 issue-count KR over epic AC-10 with stories AC-11 (done 07-10, 3 points, sprint 7),
 *   AC-12 (done 07-20, 5 points, sprint 7), AC-13 (to do, 2 points, sprint 7) and AC-14 (done 08-05, sprint 8);</li>
 *   <li>AC-3 metric KR, start 10, target 20, current 15 (was 10 at creation, 12 from 07-15, 15 from 08-01);</li>
 *   <li>AC-20, done 07-15 in sprint 7 with 1 point, in no KR's scope; sprint 7 ran 07-06 to 07-20, closed 07-21.</li>
 * </ul>
 */
final class OkrWorld {
    static final Instant NOW = Instant.parse("2015-08-15T00:00:00Z");
    static final SprintStandIn SPRINT_7 = new SprintStandIn(7, "Sprint 7", "CLOSED",
            Instant.parse("2015-07-06T00:00:00Z"), Instant.parse("2015-07-20T00:00:00Z"),
            Instant.parse("2015-07-21T00:00:00Z"));
    static final SprintStandIn SPRINT_8 = new SprintStandIn(8, "Sprint 8", "ACTIVE",
            Instant.parse("2015-07-21T00:00:00Z"), Instant.parse("2015-08-04T00:00:00Z"), null);

    final JiraFixture jira = new JiraFixture();
    /** The cluster cache as one node sees it, behind the app's real adapter. */
    final MapCache cacheMap = new MapCache();
    /** Now is 2015-08-15 unless a test moves the clock (after the cycle, before it). */
    final TestClock clock = new TestClock(NOW);
    final OkrCache cache = cacheMap.okrCache();
    final JiraIssues issues = new JiraIssues(jira, cache);
    final MemoryStores store = new MemoryStores();
    final SettingsService settings = new SettingsService(jira.settingsStorage, cache);
    final OkrReadService service = new OkrReadService(store.cycles, store.objectives, store.keyResults,
            store.initiatives, store.checkIns, store.schema, settings, issues.structure, issues.facts, jira.texts,
            clock, cache, jira.access);
    /** The app's issue listener over that cache: {@link #issueChanged} sends it what Jira would. */
    final IssueChangeListener listener = new IssueChangeListener(mock(EventPublisher.class), issues.history,
            List.of(), issues.facts, service, settings);
    final StoredCycle cycle;

    OkrWorld() {
        store.schema.save(issues.schema);
        cycle = store.cycles.create(new Cycle("2015 Q3", Instant.parse("2015-07-01T00:00:00Z"),
                Instant.parse("2015-10-01T00:00:00Z")), "AC");
    }

    /**
     * Jira publishing an issue update (an edit, a transition) for {@code key}, as it does on the changing node: event
     * type 2, Jira's "Issue Updated" (the app declares only the event type ids it names itself).
     */
    void issueChanged(String key) {
        listener.onIssueEvent(new IssueEvent(issues.issue(key).issue, Map.of(), null, 2L));
    }

    /** What Jira publishes when an issue's security level is changed: the update, and its change item. */
    void securityChanged(String key) {
        issueChanged(key);
        IssueChangedEvent changed = mock(IssueChangedEvent.class);
        when(changed.getIssue()).thenReturn(issues.issue(key).issue);
        ChangeItemBean item = mock(ChangeItemBean.class);
        when(item.getField()).thenReturn("security");
        when(changed.getChangeItems()).thenReturn(List.of(item));
        listener.onIssueChanged(changed);
    }

    static Instant at(String date) {
        return Instant.parse(date + "T00:00:00Z");
    }

    OkrWorld standard() {
        objective("AC-1");
        issueCount("AC-2", "AC-1");
        issues.epic("AC-10", "AC-2");
        issues.issue("AC-11").in("AC-10").points(3).sprints(SPRINT_7).done(at("2015-07-10"));
        issues.issue("AC-12").in("AC-10").points(5).sprints(SPRINT_7).done(at("2015-07-20"));
        issues.issue("AC-13").in("AC-10").points(2).sprints(SPRINT_7);
        issues.issue("AC-14").in("AC-10").sprints(SPRINT_8).done(at("2015-08-05"));
        metric("AC-3", "AC-1", 10, 20, 15);
        issues.change("AC-3", "Current value", at("2015-07-15"), "10", "12");
        issues.change("AC-3", "Current value", at("2015-08-01"), "12", "15");
        issues.issue("AC-20").points(1).sprints(SPRINT_7).done(at("2015-07-15"));
        return this;
    }

    /** An objective of project AC placed in the cycle. */
    JiraIssues.Spec objective(String key) {
        store.objectives.save(new ObjectiveSettings(key, cycle.id(), false, Weight.ONE, "Team " + key));
        return issues.objective(key);
    }

    JiraIssues.Spec issueCount(String key, String objective) {
        return keyResult(key, objective, KeyResultKind.ISSUE_COUNT);
    }

    JiraIssues.Spec keyResult(String key, String objective, KeyResultKind kind) {
        store.keyResults.save(new KeyResultSettings(key, kind, MetricGoal.INCREASE, Weight.ONE, Source.NONE,
                StatusWeights.DONE_ONLY, false));
        return issues.keyResult(key, objective);
    }

    JiraIssues.Spec metric(String key, String objective, double start, double target, double current) {
        return keyResult(key, objective, KeyResultKind.METRIC).value(issues.start, start)
                .value(issues.target, target).value(issues.current, current).value(issues.unit, "stores");
    }

    /** n key results under one objective, each over its own epic with two stories (one done). */
    OkrWorld manyKeyResults(String objective, int n, int firstNumber) {
        objective(objective);
        for (int i = 0; i < n; i++) {
            int base = firstNumber + i * 10;
            String kr = "AC-" + base;
            issueCount(kr, objective);
            issues.epic("AC-" + (base + 1), kr);
            issues.issue("AC-" + (base + 2)).in("AC-" + (base + 1)).sprints(SPRINT_7).done(at("2015-07-10"));
            issues.issue("AC-" + (base + 3)).in("AC-" + (base + 1)).sprints(SPRINT_7);
        }
        return this;
    }
}
