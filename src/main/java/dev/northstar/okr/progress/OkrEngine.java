package dev.northstar.okr.progress;

import dev.northstar.okr.domain.CheckIn;
import dev.northstar.okr.domain.Cycle;
import dev.northstar.okr.domain.Direction;
import dev.northstar.okr.domain.DoneSource;
import dev.northstar.okr.domain.InProgressSource;
import dev.northstar.okr.domain.InvalidKeyResult;
import dev.northstar.okr.domain.IssueKey;
import dev.northstar.okr.domain.IssueTable;
import dev.northstar.okr.domain.KeyResult;
import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.domain.MetricSource;
import dev.northstar.okr.domain.MetricSpec;
import dev.northstar.okr.domain.Objective;
import dev.northstar.okr.domain.OkrPlan;
import dev.northstar.okr.domain.StatusCredit;
import dev.northstar.okr.domain.TimedValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Measures key results and objectives over an {@link IssueTable} at any instant t. An issue is in scope at t
 * when it is in scope now and was created at or before t; it is done at t when it is done now and its done
 * instant (first done transition, else resolution date, else last update) is at or before t. With partial credit
 * ({@link StatusCredit}) it is in progress at t when it is in progress or done now and first left "to do" at or
 * before t, so no figure at t credits a status the issue only reached later.
 */
public final class OkrEngine {
    private final IssueTable table;
    private final EngineOptions options;
    private final ScopeResolver resolver;
    private final IsoText iso = new IsoText();

    public OkrEngine(IssueTable table, EngineOptions options) {
        this.table = table;
        this.options = options;
        this.resolver = new ScopeResolver(table, options.includeSubtasks());
    }

    public IssueTable table() {
        return table;
    }

    public EngineOptions options() {
        return options;
    }

    public Scope scopeOf(KeyResult kr) {
        return resolver.resolve(kr);
    }

    /** Resolves every KR's scope once (epic index lookups); reuse it for several instants or a sprint review. */
    public ResolvedPlan resolve(OkrPlan plan) {
        Map<String, Scope> scopes = new HashMap<>();
        for (Objective o : plan.objectives()) {
            for (KeyResult kr : o.keyResults()) {
                scopes.put(kr.key(), resolver.resolve(kr));
            }
        }
        return new ResolvedPlan(plan, scopes);
    }

    /** Evaluates the whole tree at t; with provenance, every KR lists the issues behind its figures. */
    public PlanProgress evaluate(OkrPlan plan, Instant t, boolean provenance) {
        return evaluate(resolve(plan), t, provenance);
    }

    public PlanProgress evaluate(ResolvedPlan resolved, Instant t, boolean provenance) {
        OkrPlan plan = resolved.plan();
        Map<String, List<Objective>> children = new HashMap<>();
        for (Objective o : plan.objectives()) {
            if (o.parentKey() != null) {
                children.computeIfAbsent(o.parentKey(), k -> new ArrayList<>()).add(o);
            }
        }
        List<ObjectiveProgress> roots = new ArrayList<>();
        for (Objective root : plan.roots()) {
            roots.add(objective(resolved, children, root, t, provenance));
        }
        return new PlanProgress(plan.cycle(), t, roots);
    }

    private ObjectiveProgress objective(ResolvedPlan resolved, Map<String, List<Objective>> childrenOf, Objective o,
            Instant t, boolean provenance) {
        OkrPlan plan = resolved.plan();
        List<KeyResultProgress> krs = new ArrayList<>();
        List<RollupTerm> terms = new ArrayList<>();
        double sum = 0;
        double weighted = 0;
        for (KeyResult kr : o.keyResults()) {
            KeyResultProgress p = keyResult(plan, kr, resolved.scope(kr.key()), t, provenance);
            krs.add(p);
            boolean in = p.inRollup();
            terms.add(new RollupTerm("keyResult", kr.key(), p.weight(), p.capped(), in,
                    in ? null : p.error() != null ? "configuration error: " + p.error() : "weight 0"));
            if (in) {
                sum += p.weight();
                weighted += p.weight() * p.capped();
            }
        }
        for (InvalidKeyResult bad : o.invalidKeyResults()) {
            krs.add(invalid(bad));
            terms.add(new RollupTerm("keyResult", bad.key(), 0, 0, false, "configuration error: " + bad.message()));
        }
        List<ObjectiveProgress> children = new ArrayList<>();
        for (Objective c : childrenOf.getOrDefault(o.key(), List.of())) {
            ObjectiveProgress cp = objective(resolved, childrenOf, c, t, provenance);
            children.add(cp);
            boolean in = options.includeChildObjectives() && cp.weight() > 0;
            terms.add(new RollupTerm("objective", c.key(), cp.weight(), cp.progress(), in,
                    in ? null : cp.weight() == 0 ? "weight 0" : "child objectives are not rolled up"));
            if (in) {
                sum += cp.weight();
                weighted += cp.weight() * cp.progress();
            }
        }
        double progress = sum == 0 ? 0.0 : Math.min(1.0, weighted / sum);
        List<String> warnings = new ArrayList<>();
        int count = o.keyResults().size() + o.invalidKeyResults().size();
        if (count > 5) {
            warnings.add(count + " key results: more than 5 dilutes focus badly; about 3 is usual");
        } else if (count >= 4) {
            warnings.add(count + " key results: 4 or more dilutes focus; about 3 is usual");
        }
        // the focus metric (one per owner and cycle) is shown first
        krs.sort(java.util.Comparator.comparing(k -> !k.focusMetric()));
        return new ObjectiveProgress(new ObjectiveProgress.Identity(o.key(), o.title(), o.owner(), o.committed()),
                o.weight().value(), progress, Pace.of(progress, plan.cycle(), t, options), krs, children,
                new ObjectiveProgress.Rollup(terms, sum), warnings);
    }

    private static KeyResultProgress invalid(InvalidKeyResult bad) {
        return new KeyResultProgress(new KeyResultProgress.Identity(bad.key(), bad.title(), null, false), 0, 0,
                bad.message(), KeyResultProgress.IssueTally.NONE, null, null, null,
                new KeyResultProgress.Explanation("none: configuration error", List.of(), List.of(), List.of()));
    }

    /**
     * The error of a key result whose progress is no finite number within {@link #FIGURE_LIMIT} of zero (a metric
     * whose target lies a hair from its start): out of the roll-up, so no figure (nor sprint delta) is NaN or infinite.
     */
    public static final String FIGURE_OUT_OF_RANGE = "progress is too large to compute with";
    static final double FIGURE_LIMIT = 1e15;

    /** One KR at t over a resolved scope. */
    public KeyResultProgress keyResult(OkrPlan plan, KeyResult kr, Scope scope, Instant at, boolean provenance) {
        long t = at.toEpochMilli();
        StatusCredit weights = kr.statusCredit();
        // the in-progress column is read only when leaving "to do" earns something
        boolean started = weights.creditsProgress();
        int done = 0;
        int total = 0;
        int unestimated = 0;
        double pointsDone = 0;
        double pointsTotal = 0;
        double credit = 0;
        double pointsCredit = 0;
        List<IssueEvidence> evidence = new ArrayList<>();
        List<String> notes = new ArrayList<>(scope.notes());
        List<String> orphans = new ArrayList<>(scope.orphanInitiatives());
        int doneWithoutDate = 0;
        int startedWithoutHistory = 0;
        for (int i = 0; i < scope.size(); i++) {
            int r = scope.row(i);
            boolean in = table.existsAt(r, t);
            boolean d = in && table.doneAtOrBefore(r, t);
            float p = table.points(r);
            double c = 0;
            notes.addAll(table.notes(r)); // an estimate the reader could not use: counted as unestimated
            if (in) {
                total++;
                c = weights.of(started && table.inProgressAtOrBefore(r, t), d);
                if (started && !d && table.inProgressSource(r).ordinal() >= InProgressSource.DONE.ordinal()) {
                    startedWithoutHistory++;
                }
                credit += c;
                if (Float.isNaN(p)) {
                    unestimated++;
                } else {
                    pointsTotal += p;
                    pointsCredit += c * p;
                }
                if (d) {
                    done++;
                    if (table.doneSource(r).ordinal() >= DoneSource.UPDATED.ordinal()) {
                        doneWithoutDate++;
                    }
                    if (!Float.isNaN(p)) {
                        pointsDone += p;
                    }
                }
            }
            if (provenance) {
                evidence.add(evidence(r, scope.via(i), in, d, c));
            }
        }
        if (doneWithoutDate > 0) {
            notes.add(doneWithoutDate + (doneWithoutDate == 1 ? " done issue has" : " done issues have")
                    + " no resolution date or done transition: " + (doneWithoutDate == 1 ? "it" : "each")
                    + " counts as done from its last update (it was done no later than that), so earlier figures may"
                    + " undercount");
        }
        if (startedWithoutHistory > 0) {
            boolean one = startedWithoutHistory == 1;
            notes.add(startedWithoutHistory + (one ? " issue" : " issues") + " not done at " + iso.of(at)
                    + (one ? " has" : " have") + " no status change history: " + (one ? "it" : "each")
                    + " counts as in progress only from its last update (or, if done now, from its done instant),"
                    + " so figures before then may undercount");
        }
        double progress;
        String formula;
        String error = null;
        MetricReading metric = null;
        boolean milestoneUnderWay = false;
        switch (kr.kind()) {
            case ISSUE_COUNT -> {
                if (weights.doneOnly()) {
                    progress = total == 0 ? 0.0 : (double) done / total;
                    formula = "done issues / issues in scope";
                } else {
                    progress = total == 0 ? 0.0 : credit / total;
                    formula = "credit of issues in scope " + describe(weights) + " / issues in scope";
                }
            }
            case STORY_POINTS -> {
                if (weights.doneOnly()) {
                    progress = pointsTotal == 0 ? 0.0 : pointsDone / pointsTotal;
                    formula = "points of done issues / points in scope (unestimated count 0)";
                } else {
                    progress = pointsTotal == 0 ? 0.0 : pointsCredit / pointsTotal;
                    formula = "points weighted by credit " + describe(weights)
                            + " / points in scope (unestimated count 0)";
                }
            }
            case MILESTONE -> {
                if (kr.milestoneIssue() != null) {
                    int r = table.rowOf(kr.milestoneIssue());
                    boolean present = r != IssueTable.NONE && table.present(r);
                    if (!present && !orphans.contains(kr.milestoneIssue())) {
                        orphans.add(kr.milestoneIssue());
                        notes.add("milestone issue " + kr.milestoneIssue() + " is not in the export");
                    }
                    boolean d = present && table.existsAt(r, t) && table.doneAtOrBefore(r, t);
                    if (present && !scope.contains(r)) {
                        notes.addAll(table.notes(r));
                    }
                    progress = d ? 1.0 : 0.0;
                    milestoneUnderWay = present && table.existsAt(r, t) && table.inProgressAtOrBefore(r, t);
                    formula = "1 when issue " + kr.milestoneIssue() + " is done, else 0";
                    if (provenance && present && !scope.contains(r)) {
                        evidence.add(evidence(r, "milestone", table.existsAt(r, t), d, d ? 1.0 : 0.0));
                    }
                } else {
                    progress = total > 0 && done == total ? 1.0 : 0.0;
                    formula = "1 when every issue in scope is done, else 0";
                    for (int i = 0; i < scope.size() && !milestoneUnderWay; i++) {
                        int r = scope.row(i);
                        milestoneUnderWay = table.existsAt(r, t) && table.inProgressAtOrBefore(r, t);
                    }
                }
            }
            case METRIC -> {
                metric = metric(kr.metric(), kr.metricSource(), plan.checkInsOf(kr.key()), at);
                notes.addAll(kr.metricSource().notes()); // a JQL sum's issues whose values could not be used
                int r = kr.metricSource().readsIssueField() ? table.rowOf(kr.metricSource().issueKey())
                        : IssueTable.NONE;
                if (r != IssueTable.NONE) {
                    notes.addAll(table.notes(r)); // values of the field the reader could not use
                }
                formula = switch (kr.metric().direction()) {
                    case INCREASE -> "(current - start) / (target - start)";
                    case DECREASE -> "(start - current) / (start - target)";
                    case MAINTAIN -> "1 while current is within [low, high], else 0";
                };
                if (metric.value() == null) {
                    progress = 0.0;
                    notes.add("no value set at or before " + at);
                } else {
                    progress = metricProgress(kr.metric(), metric.value());
                }
                if (!(Math.abs(progress) <= FIGURE_LIMIT)) {
                    // values too far apart (a target a hair from the start): no number worth showing or rolling up
                    error = FIGURE_OUT_OF_RANGE;
                    notes.add("progress is beyond what the app shows (over 10^15 times the way to the target);"
                            + " check start, target and value");
                    progress = 0.0;
                }
            }
            default -> throw new IllegalStateException("unknown kind " + kr.kind());
        }
        if (provenance) {
            evidence.sort(java.util.Comparator.comparing(IssueEvidence::key, IssueKey.KEY_ORDER));
        }
        CheckInSummary checkIns = checkIns(plan.checkInsOf(kr.key()), plan.cycle(), at);
        Pace pace = kr.kind() == KeyResultKind.MILESTONE
                ? MilestonePace.of(progress >= 1.0, milestoneUnderWay, plan.cycle(), at, options)
                : Pace.of(progress, plan.cycle(), at, options);
        return new KeyResultProgress(new KeyResultProgress.Identity(kr.key(), kr.title(), kr.kind(), kr.focusMetric()),
                kr.weight().value(), progress, error, new KeyResultProgress.IssueTally(done, total, pointsDone,
                        pointsTotal, unestimated, weights, credit, pointsCredit), metric, pace, checkIns,
                new KeyResultProgress.Explanation(formula, notes, orphans, evidence));
    }

    private IssueEvidence evidence(int r, String via, boolean in, boolean done, double credit) {
        long da = table.doneAt(r);
        long pa = table.inProgressAt(r);
        float p = table.points(r);
        IssueEvidence.Dates dates = new IssueEvidence.Dates(Instant.ofEpochMilli(table.created(r)),
                da == IssueTable.NEVER ? null : Instant.ofEpochMilli(da), table.doneSource(r),
                pa == IssueTable.NEVER ? null : Instant.ofEpochMilli(pa), table.inProgressSource(r));
        return new IssueEvidence(table.key(r), table.type(r), via, Float.isNaN(p) ? null : (double) p,
                new IssueEvidence.AsOf(in, done, credit), dates);
    }

    /** "(to do 0, in progress 0.5, done 1)": the weights, so that the formula can be re-derived by hand. */
    static String describe(StatusCredit w) {
        return "(to do " + number(w.toDo()) + ", in progress " + number(w.inProgress()) + ", done " + number(w.done())
                + ")";
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    static double metricProgress(MetricSpec m, double v) {
        return switch (m.direction()) {
            case INCREASE -> (v - m.start()) / (m.target() - m.start());
            case DECREASE -> (m.start() - v) / (m.start() - m.target());
            case MAINTAIN -> v >= m.low() && v <= m.high() ? 1.0 : 0.0;
        };
    }

    private MetricReading metric(MetricSpec m, MetricSource src, List<CheckIn> checkIns, Instant at) {
        Optional<TimedValue> v;
        String source;
        CheckIn reported = null;
        if (src.fromCheckIns()) {
            // the latest check-in with a value at or before t; check-ins without a value leave the value as it was
            for (CheckIn c : checkIns) {
                if (c.time().isAfter(at)) {
                    break;
                }
                if (c.value() != null) {
                    reported = c;
                }
            }
            v = reported == null ? Optional.empty() : Optional.of(new TimedValue(reported.time(), reported.value()));
            source = reported == null ? "check-ins (none with a value yet)"
                    : "check-in of " + reported.time() + (reported.author().isEmpty() ? "" : " by " + reported.author());
        } else if (src.readsIssueField()) {
            int r = table.rowOf(src.issueKey());
            v = r == IssueTable.NONE ? Optional.empty() : table.numeric(r, src.field()).at(at);
            source = "field " + src.field() + " of " + src.issueKey();
        } else if (!src.history().isEmpty()) {
            v = src.history().at(at);
            source = "value history";
        } else {
            v = src.localValueAt(at);
            source = "current value (no time recorded)";
        }
        Double value = v.map(TimedValue::value).orElse(null);
        Instant setAt = v.map(TimedValue::at).filter(i -> !i.equals(Instant.EPOCH) || src.current() == null)
                .orElse(null);
        double outside = 0;
        if (m.direction() == Direction.MAINTAIN && value != null) {
            outside = value < m.low() ? m.low() - value : value > m.high() ? value - m.high() : 0;
        }
        return new MetricReading(m.direction(), value, setAt, source, m.start(), m.target(), m.low(), m.high(), outside,
                reported);
    }

    private CheckInSummary checkIns(List<CheckIn> sorted, Cycle cycle, Instant at) {
        CheckIn last = null;
        CheckIn prev = null;
        for (CheckIn c : sorted) {
            if (c.time().isAfter(at)) {
                break;
            }
            prev = last;
            last = c;
        }
        Instant since = last != null ? last.time() : cycle.start();
        Duration quiet = at.isAfter(since) ? Duration.between(since, at) : Duration.ZERO;
        boolean stale = !at.isBefore(cycle.start()) && quiet.compareTo(options.staleAfter()) > 0;
        return new CheckInSummary(last == null ? null : last.confidence(),
                last == null || prev == null ? null : last.confidence() - prev.confidence(),
                last == null ? null : last.time(), last == null ? null : last.note(), stale, quiet.toDays());
    }

    /** True for the kinds whose figures come from an issue scope. */
    static boolean usesScope(KeyResult kr) {
        return kr.kind() != KeyResultKind.METRIC;
    }
}
