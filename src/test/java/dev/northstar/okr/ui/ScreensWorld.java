package dev.northstar.okr.ui;

import dev.northstar.okr.authoring.LinkWrites;
import dev.northstar.okr.authoring.ObjectiveCreation;
import dev.northstar.okr.checkin.CheckInService;
import dev.northstar.okr.checkin.NoMetricValueWriter;
import dev.northstar.okr.jira.JiraUserNames;
import dev.northstar.okr.reading.CheckInSubjects;
import dev.northstar.okr.cycle.CycleService;
import dev.northstar.okr.cycle.StoredCycle;
import dev.northstar.okr.domain.Cycle;
import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.domain.Weight;
import dev.northstar.okr.grade.Grade;
import dev.northstar.okr.grade.GradeRepository;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.jira.JiraIssueWrites;
import dev.northstar.okr.keyresult.KeyResultSettings;
import dev.northstar.okr.keyresult.KeyResultSettings.MetricGoal;
import dev.northstar.okr.keyresult.KeyResultSettings.Source;
import dev.northstar.okr.keyresult.StatusWeights;
import dev.northstar.okr.objective.ObjectiveSettings;
import dev.northstar.okr.local.velocity.VelocityTemplates;
import dev.northstar.okr.settings.AppSettings;
import dev.northstar.okr.settings.SettingsService;
import dev.northstar.okr.schema.OkrSetup;
import dev.northstar.okr.testing.FakeJiraSchema;
import dev.northstar.okr.testing.JiraFixture;
import dev.northstar.okr.testing.JiraFixture.Role;
import dev.northstar.okr.testing.JiraIssues;
import dev.northstar.okr.testing.JiraIssues.SprintStandIn;
import dev.northstar.okr.host.JvmClusterLocks;
import dev.northstar.okr.testing.MemoryStores;
import dev.northstar.okr.testing.TestClock;
import dev.northstar.okr.reading.KeyResultCycles;
import dev.northstar.okr.reading.OkrReadService;

import dev.northstar.okr.host.OkrCache;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The app's screens over a small mocked Jira and in-memory storage, rendered by the real plain-Velocity templates:
 * project AC, cycle "2015 Q3" (July to September 2015), now 2015-08-15. {@link #standard()} is the read service
 * tests' world: objective AC-1 with issue-count KR AC-2 over epic AC-10 (stories AC-11..AC-14, sprints 7 and 8) and
 * metric KR AC-3 (10 to 20, now 15 stores).
 */
public final class ScreensWorld {
    public static final Instant NOW = Instant.parse("2015-08-15T00:00:00Z");
    public static final String HOSTILE = "<script>alert(1)</script>";
    public static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";
    public static final SprintStandIn SPRINT_7 = new SprintStandIn(7, "Sprint 7", "CLOSED", at("2015-07-06"),
            at("2015-07-20"), at("2015-07-21"));
    public static final SprintStandIn SPRINT_8 = new SprintStandIn(8, "Sprint 8", "ACTIVE", at("2015-07-21"),
            at("2015-08-04"), null);

    /**
     * No caching: these tests change issues between renders without Jira's issue events, and caching has its own
     * tests (ReadCacheTest); here every render reads afresh.
     */
    private static final OkrCache PASS_THROUGH = new OkrCache() {
        @Override
        public <V> V get(String key, Class<V> type, java.util.function.Supplier<? extends V> loader) {
            return loader.get();
        }

        @Override
        public void invalidate(String key) {
        }

        @Override
        public void clear() {
        }
    };

    public final JiraFixture jira = new JiraFixture();
    public final JiraIssues issues = new JiraIssues(jira);
    public final MemoryStores store = new MemoryStores();
    public final Grades grades = new Grades();
    public final SettingsService settings = new SettingsService(jira.settingsStorage);
    /** Now is 2015-08-15 unless a test moves the clock (after the cycle, for an ended one). */
    public final TestClock clock = new TestClock(NOW);
    public final OkrReadService read = new OkrReadService(store.cycles, store.objectives, store.keyResults,
            store.initiatives, store.checkIns, store.schema, settings, issues.structure, issues.facts, jira.texts,
            clock, PASS_THROUGH, jira.access);
    /** Jira's issue types by the ids {@link JiraIssues} gives its issues: what the panel rules read type names from. */
    public final FakeJiraSchema issueTypes = new FakeJiraSchema().issueType(JiraIssues.EPIC, "Epic", false)
            .issueType(JiraIssues.STORY, "Story", false).issueType(JiraIssues.SUBTASK, "Sub-task", true)
            .issueType(JiraIssues.OBJECTIVE, "Objective", false).issueType(JiraIssues.KEY_RESULT, "Key Result", false);
    public final PanelRules rules = new PanelRules(issues.structure, store.schema, jira.access, settings, issueTypes);
    public final OkrSetup setup = new OkrSetup(new FakeJiraSchema(), store.schema, settings, new JvmClusterLocks());
    /** Jira's permissions to write (create, link, edit) as the fixture's roles have them; nothing is written here. */
    public final JiraIssueWrites writes = new JiraIssueWrites(null, null, jira.issues, null, jira.projects,
            jira.permissions, jira.authentication);
    public final AuthoringForms forms = new AuthoringForms(new ObjectiveCreation(writes, store.schema, settings,
            new CycleService(store.cycles, jira.access), store.objectives, store.keyResults, read),
            new LinkWrites(writes, issues.structure, store.schema, read, jira.access), issues.structure, store.schema,
            read, store.keyResults, new KeyResultCycles(issues.structure, store.objectives, store.cycles, store.schema),
            store.objectives, store.cycles);
    /** Check-ins as the app wires them: the read side says what each records, Jira names their authors. */
    public final CheckInService checkIns = new CheckInService(store.checkIns, settings, key -> Optional.empty(),
            new CheckInSubjects(read), new NoMetricValueWriter(), new JiraUserNames(jira.userManager), clock);
    public final OkrScreens screens = new OkrScreens(read, checkIns, settings,
            new CycleService(store.cycles, jira.access), store.cycles, store.objectives, grades, store.schema,
            issues.structure, issues.facts, setup, rules, jira.access, jira.texts, () -> "/jira", clock,
            new SettingsForms(store.keyResults, store.objectives, new CycleService(store.cycles, jira.access), settings,
                    jira.access), forms);
    public final VelocityTemplates templates = new VelocityTemplates();
    public StoredCycle cycle;

    public ScreensWorld() {
        store.schema.save(issues.schema);
        cycle = store.cycles.create(new Cycle("2015 Q3", at("2015-07-01"), at("2015-10-01")), "AC");
        settings.update(new AppSettings(0.95, 0.75, 0.10, 14, List.of("AC"), "", "", 0.0, 0.0, 1.0));
        jira.as(Role.MEMBER);
    }

    public static Instant at(String date) {
        return Instant.parse(date + "T00:00:00Z");
    }

    public ScreensWorld standard() {
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

    /** The caller as the fixture's authentication says (a role's user, in the fixture's language). */
    public Caller caller() {
        return jira.access.caller().orElse(null);
    }

    public JiraIssues.Spec objective(String key) {
        store.objectives.save(new ObjectiveSettings(key, cycle.id(), false, Weight.ONE, "Team " + key));
        return issues.objective(key);
    }

    public JiraIssues.Spec issueCount(String key, String objective) {
        return keyResult(key, objective, KeyResultKind.ISSUE_COUNT);
    }

    public JiraIssues.Spec keyResult(String key, String objective, KeyResultKind kind) {
        store.keyResults.save(new KeyResultSettings(key, kind, MetricGoal.INCREASE, Weight.ONE, Source.NONE,
                StatusWeights.DONE_ONLY, false));
        return issues.keyResult(key, objective);
    }

    public JiraIssues.Spec metric(String key, String objective, double start, double target, double current) {
        return keyResult(key, objective, KeyResultKind.METRIC).value(issues.start, start)
                .value(issues.target, target).value(issues.current, current).value(issues.unit, "stores");
    }

    public String render(Screen screen) {
        return templates.render(screen.template(), screen.context());
    }

    public String render(Optional<Screen> screen) {
        return render(screen.orElseThrow(() -> new AssertionError("the screen is empty for this caller")));
    }

    /** Grades in memory, as the grade repository's contract says. */
    public static final class Grades implements GradeRepository {
        private final List<Grade> all = new ArrayList<>();

        @Override
        public List<Grade> inCycle(long cycleId) {
            return all.stream().filter(g -> g.cycleId() == cycleId).toList();
        }

        @Override
        public Optional<Grade> find(long cycleId, String issueKey) {
            return all.stream().filter(g -> g.cycleId() == cycleId && g.issueKey().equals(issueKey)).findFirst();
        }

        @Override
        public Grade save(Grade grade) {
            all.removeIf(g -> g.cycleId() == grade.cycleId() && g.issueKey().equals(grade.issueKey()));
            all.add(grade);
            return grade;
        }

        @Override
        public void rename(String oldKey, String newKey) {
            throw new UnsupportedOperationException("not needed by these tests");
        }
    }
}
