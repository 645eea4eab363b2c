package dev.northstar.okr.reading;

import dev.northstar.okr.domain.CheckIn;
import dev.northstar.okr.domain.Direction;
import dev.northstar.okr.domain.Initiative;
import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.domain.OkrPlan;
import dev.northstar.okr.domain.TimedValue;
import dev.northstar.okr.host.Texts;
import dev.northstar.okr.progress.IssueEvidence;
import dev.northstar.okr.progress.KeyResultProgress;
import dev.northstar.okr.progress.Measurement;
import dev.northstar.okr.progress.MetricReading;
import dev.northstar.okr.progress.OkrEngine;
import dev.northstar.okr.progress.Scope;
import dev.northstar.okr.reading.Loaded.Problem;
import dev.northstar.okr.reading.OkrViews.CycleView;
import dev.northstar.okr.reading.OkrViews.EvidenceView;
import dev.northstar.okr.reading.OkrViews.InitiativeView;
import dev.northstar.okr.reading.OkrViews.KeyResultDetail;
import dev.northstar.okr.reading.OkrViews.KeyResultView;
import dev.northstar.okr.reading.OkrViews.MetricView;
import dev.northstar.okr.reading.OkrViews.ValueView;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static dev.northstar.okr.reading.ViewValues.checkIn;
import static dev.northstar.okr.reading.ViewValues.iso;
import static dev.northstar.okr.reading.ViewValues.pace;

/**
 * A key result's measured progress as the caller may see it: in the tree, and on its own with the issues behind its
 * figures. Issues, initiatives and notes the caller may not browse are counted, never named.
 */
final class KeyResultViews {
    private final Texts texts;

    KeyResultViews(Texts texts) {
        this.texts = texts;
    }

    KeyResultView keyResult(Loaded loaded, KeyResultProgress k) {
        Scope scope = k.kind() == null || k.kind() == KeyResultKind.METRIC ? null : loaded.resolved().scope(k.key());
        int hiddenIssues = scope == null ? 0 : loaded.visibility().hiddenIn(scope, loaded.engine().table());
        List<InitiativeView> initiatives = new ArrayList<>();
        int hiddenInitiatives = 0;
        Loaded.InitiativeLinks links = loaded.initiatives();
        Map<String, Initiative> ratings = links.ratings().getOrDefault(k.key(), Map.of());
        for (OkrIssue i : links.linked().getOrDefault(k.key(), List.of())) {
            if (loaded.hidden(i.key())) {
                hiddenInitiatives++;
                continue;
            }
            Initiative r = ratings.getOrDefault(i.key(), Initiative.of(i.key()));
            initiatives.add(new InitiativeView(i.key(), i.summary(), r.scope().name().toLowerCase(Locale.ROOT)
                    .replace('_', '-'), r.impact(), r.effort()));
        }
        // initiatives linked but gone by the time the issues were read: orphans too, unless hidden
        List<String> orphans = new ArrayList<>(links.orphans().getOrDefault(k.key(), List.of()));
        int hiddenOrphans = links.hiddenOrphans().getOrDefault(k.key(), 0);
        for (String o : k.explanation().orphanInitiatives()) {
            if (loaded.hidden(o)) {
                hiddenOrphans++;
            } else if (!orphans.contains(o)) {
                orphans.add(o);
            }
        }
        Problem problem = loaded.problems().get(k.key());
        if (problem == null && OkrEngine.FIGURE_OUT_OF_RANGE.equals(k.error())) {
            problem = new Problem("okr.error.figureOutOfRange");
        }
        String error = problem == null ? null : texts.text(problem.messageKey(), problem.arguments());
        return new KeyResultView(k.key(), k.title(), k.kind() == null ? null : k.kind().id(), k.focusMetric(),
                k.weight(),
                new KeyResultView.Figures(k.progress(), k.capped(), k.issues().done(), k.issues().total(), hiddenIssues, k.issues().pointsDone(),
                        k.issues().pointsTotal(), k.issues().unestimated()),
                new KeyResultView.Measure(error, problem == null ? null : problem.messageKey(), k.explanation().formula()),
                new KeyResultView.Signals(metric(loaded, k), pace(k.pace()), checkIn(k.checkIns())),
                new KeyResultView.DrivenBy(initiatives, hiddenInitiatives, orphans, hiddenOrphans),
                new KeyResultView.Credit(k.issues().credit(), k.issues().pointsCredit()));
    }

    /**
     * The key result with the issues behind its figures; {@code objectiveKey} is null when the caller may not browse
     * the objective. The notes also carry the plan's warnings (such as several focus metrics of the owner).
     */
    KeyResultDetail detail(CycleView cycle, String objectiveKey, Measurement at, Loaded loaded, KeyResultProgress p) {
        List<EvidenceView> evidence = new ArrayList<>();
        int hiddenIssues = 0;
        int hiddenDone = 0;
        double hiddenCredit = 0;
        for (IssueEvidence e : p.explanation().evidence()) {
            if (loaded.hidden(e.key())) {
                hiddenIssues++;
                hiddenDone += e.asOf().done() ? 1 : 0;
                hiddenCredit += e.asOf().credit();
                continue;
            }
            evidence.add(evidence(loaded, e));
        }
        List<String> notes = new ArrayList<>(p.explanation().notes());
        notes.addAll(loaded.warnings());
        return new KeyResultDetail(cycle, objectiveKey, iso(at.at()), at.basis().id(), keyResult(loaded, p), evidence,
                hiddenIssues,
                hiddenDone, loaded.visibility().visibleNotes(notes), hiddenCredit);
    }

    private static EvidenceView evidence(Loaded loaded, IssueEvidence e) {
        String via = e.via() == null || loaded.hidden(e.via()) ? null : e.via();
        EvidenceView.Completion done = new EvidenceView.Completion(e.asOf().done(), iso(e.dates().doneAt()),
                e.dates().doneSource().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        EvidenceView.InProgress started = new EvidenceView.InProgress(iso(e.dates().inProgressAt()),
                e.dates().inProgressSource().name().toLowerCase(Locale.ROOT));
        return new EvidenceView(e.key(), e.type(), via, iso(e.dates().created()), e.asOf().inScope(), done, e.points(),
                e.asOf().credit(), started);
    }

    private static MetricView metric(Loaded loaded, KeyResultProgress k) {
        MetricReading m = k.metric();
        if (m == null) {
            return null;
        }
        KeyResultValues v = loaded.values().get(k.key());
        return new MetricView(m.direction().name().toLowerCase(Locale.ROOT),
                new MetricView.Reading(m.value(), iso(m.setAt()), m.source()),
                m.direction() == Direction.MAINTAIN
                        ? new MetricView.Goal(null, null, m.low(), m.high(), m.outsideBy())
                        : new MetricView.Goal(m.start(), m.target(), null, null, null),
                v == null ? "" : v.unit(), history(loaded, k.key(), v));
    }

    /** A JQL metric's own history, the values reported with check-ins, or the current value field's history. */
    private static List<ValueView> history(Loaded loaded, String krKey, KeyResultValues v) {
        List<ValueView> history = new ArrayList<>();
        Optional<List<TimedValue>> fromJql = JqlKeyResults.history(loaded.plan(), loaded.jqlMetrics(), krKey);
        if (fromJql.isPresent()) {
            for (TimedValue t : fromJql.get()) {
                history.add(new ValueView(iso(t.at()), t.value()));
            }
        } else if (readsCheckIns(loaded.plan(), krKey)) {
            // the values reported with check-ins, oldest first like a field's history
            for (CheckIn c : loaded.plan().checkInsOf(krKey)) {
                if (c.value() != null) {
                    history.add(new ValueView(iso(c.time()), c.value()));
                }
            }
        } else if (v != null) {
            for (TimedValue t : v.history().values()) {
                history.add(new ValueView(iso(t.at()), t.value()));
            }
        }
        return history;
    }

    private static boolean readsCheckIns(OkrPlan plan, String krKey) {
        return plan.objectives().stream().flatMap(o -> o.keyResults().stream())
                .anyMatch(kr -> kr.key().equals(krKey) && kr.metricSource() != null
                        && kr.metricSource().fromCheckIns());
    }
}
