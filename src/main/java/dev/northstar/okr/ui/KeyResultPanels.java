package dev.northstar.okr.ui;

import dev.northstar.okr.checkin.CheckInHistory;
import dev.northstar.okr.checkin.CheckInService;
import dev.northstar.okr.errors.RefusedException;
import dev.northstar.okr.domain.CheckIn;
import dev.northstar.okr.domain.Initiative;
import dev.northstar.okr.reading.OkrIssue;
import dev.northstar.okr.reading.OkrReadService;
import dev.northstar.okr.reading.OkrStructure;
import dev.northstar.okr.reading.SinceLastCheckIn;
import dev.northstar.okr.reading.OkrViews.CheckInView;
import dev.northstar.okr.reading.OkrViews.EvidenceView;
import dev.northstar.okr.reading.OkrViews.InitiativeView;
import dev.northstar.okr.reading.OkrViews.KeyResultDetail;
import dev.northstar.okr.reading.OkrViews.KeyResultView;
import dev.northstar.okr.reading.OkrViews.MetricView;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Builds the Key Result panel from the read service's key result with provenance and the check-in history. */
final class KeyResultPanels {
    /** Check-ins the panel lists: about two months of weekly check-ins. */
    static final int HISTORY = 8;
    private static final List<Integer> CONFIDENCE = IntStream.rangeClosed(1, 10).boxed().toList();

    private final OkrReadService read;
    private final CheckInService checkIns;
    private final OkrStructure structure;

    KeyResultPanels(OkrReadService read, CheckInService checkIns, OkrStructure structure) {
        this.read = read;
        this.checkIns = checkIns;
        this.structure = structure;
    }

    KeyResultPanel build(String key, boolean mayCheckIn, ViewParts v) {
        KeyResultDetail d;
        try {
            d = read.keyResult(key, null);
        } catch (RefusedException cannot) {
            return new KeyResultPanel(v.t(cannot.messageKey(), cannot.arguments()), null, null, null, null, null,
                    null, checkIns(key, mayCheckIn, false, null, null, v), null);
        }
        // once its cycle is closed, the key result's row carries the grade it was given
        v = v.gradedIn(d.cycle().id(), d.cycle().closed());
        KeyResultView k = d.keyResult();
        // a closed cycle is a record for grading: its key results take no check-ins, so there is no form
        CheckInSection section = checkIns(key, mayCheckIn, d.cycle().closed(), k.signals().checkIn(),
                k.signals().metric(), v);
        IssueRef objective = d.objectiveKey() == null ? null : v.issue(d.objectiveKey(),
                structure.issue(d.objectiveKey()).map(OkrIssue::summary).orElse(""), null);
        return new KeyResultPanel(null, v.keyResult(k, null), d.cycle().name(),
                v.figuresLine(d.cycle(), d.asOf(), d.figuresAt()), objective,
                metric(k.signals().metric(), v),
                initiatives(k, d, mayCheckIn, v), section, explanation(d, v));
    }

    private static MetricSummary metric(MetricView m, ViewParts v) {
        if (m == null) {
            return null;
        }
        Formats f = v.formats();
        boolean band = "maintain".equals(m.direction());
        String unit = m.unit() == null || m.unit().isBlank() ? null : m.unit();
        MetricView.Goal goal = m.goal();
        Double value = m.reading().value();
        String current = value == null ? "-" : f.number(value);
        if (band) {
            return new MetricSummary(null, current, null, unit, v.directionLabel(m.direction()),
                    v.t("okr.ui.metric.bandRange", f.number(goal.low()), f.number(goal.high())),
                    goal.outsideBy() != null && goal.outsideBy() > 0
                            ? v.t("okr.ui.metric.outside", f.number(goal.outsideBy())) : null);
        }
        return new MetricSummary(f.number(goal.start()), current, f.number(goal.target()), unit,
                v.directionLabel(m.direction()), null, null);
    }

    /**
     * The initiatives ranked as the domain ranks them for planning ({@code Initiative.BY_PRIORITY}: scope, then impact
     * per effort, unscored last), each with its inline rating for those who may edit the key result.
     */
    private static InitiativeList initiatives(KeyResultView k, KeyResultDetail d, boolean mayRate, ViewParts v) {
        KeyResultView.DrivenBy drivenBy = k.drivenBy();
        List<InitiativeRow> rows = new ArrayList<>();
        List<InitiativeView> ranked = drivenBy.initiatives().stream()
                .sorted(java.util.Comparator.comparing(SettingsForms::ranked, Initiative.BY_PRIORITY)).toList();
        for (InitiativeView i : ranked) {
            String impact = i.impact() == 0 ? v.t("okr.ui.initiative.impactUnscored")
                    : v.t("okr.ui.initiative.impact", i.impact());
            String effort = i.effort() == 0 ? v.t("okr.ui.initiative.effortUnscored")
                    : v.t("okr.ui.initiative.effort", i.effort());
            InitiativeRow row = new InitiativeRow(i.key(), v.issueUrl(i.key()), i.summary(), v.scopeLabel(i.scope()),
                    ViewParts.scopeCss(i.scope()), impact, effort, ownShare(i.key(), d, v));
            rows.add(mayRate ? row.withRating(SettingsForms.rating(k.key(), i, v)) : row);
        }
        int hiddenInitiatives = drivenBy.hiddenInitiatives();
        String empty = rows.isEmpty() && hiddenInitiatives == 0 ? v.t("okr.ui.initiative.empty") : null;
        String hidden = hiddenInitiatives > 0 ? v.t("okr.ui.initiative.hidden", hiddenInitiatives) : null;
        String orphans = null;
        if (!drivenBy.orphanInitiatives().isEmpty()) {
            orphans = v.t("okr.ui.initiative.orphans", String.join(", ", drivenBy.orphanInitiatives()));
        }
        if (drivenBy.hiddenOrphans() > 0) {
            String more = v.t("okr.ui.initiative.orphansHidden", drivenBy.hiddenOrphans());
            orphans = orphans == null ? more : orphans + " " + more;
        }
        return new InitiativeList(rows, empty, hidden, orphans,
                rows.size() > 1 ? v.t("okr.ui.initiative.ranked") : null);
    }

    /**
     * The done ratio of the issues an initiative brings into scope, from the evidence behind the key result's figure:
     * only the issues the caller may see, so the figure says so when the key result has hidden issues.
     */
    static ProgressView ownShare(String initiative, KeyResultDetail d, ViewParts v) {
        int total = 0;
        int done = 0;
        for (EvidenceView e : d.issues()) {
            if (e.inScope() && (initiative.equals(e.via()) || initiative.equals(e.key()))) {
                total++;
                done += e.completion().done() ? 1 : 0;
            }
        }
        if (total == 0) {
            return null;
        }
        String figure = d.hiddenIssues() > 0 ? v.t("okr.ui.figure.issuesVisible", done, total)
                : v.t("okr.ui.figure.issues", done, total);
        return v.progress((double) done / total, figure, null);
    }

    /**
     * The form, pre-filled with what Jira knows since the last check-in, and the history with its trend; staleness as
     * the read service judged it for the figures (null: not measured). The confidence offered is the last check-in's:
     * before the first, none is chosen, so that a first confidence is always the member's own.
     */
    private CheckInSection checkIns(String key, boolean mayCheckIn, boolean closed, CheckInView measured,
                                    MetricView metric, ViewParts v) {
        CheckInHistory history = checkIns.history(key, HISTORY);
        List<CheckIn> newest = history.checkIns();
        String unit = metric == null || metric.unit() == null || metric.unit().isBlank() ? null : metric.unit();
        List<CheckInRow> rows = new ArrayList<>();
        boolean values = metric != null;
        for (int i = 0; i < newest.size(); i++) {
            CheckIn c = newest.get(i);
            String change = null;
            if (i + 1 < newest.size()) {
                int delta = c.confidence() - newest.get(i + 1).confidence();
                change = (delta > 0 ? "+" : delta < 0 ? "-" : "\u00b1") + Math.abs(delta);
            }
            values |= c.value() != null;
            rows.add(new CheckInRow(v.formats().date(c.time()), c.confidence(), c.note(), change,
                    history.authorName(c), c.value() == null ? "-" : v.withUnit(c.value(), unit)));
        }
        var trend = history.trend();
        String stale = v.stale(measured);
        CheckInSection.Form form = null;
        if (mayCheckIn && !closed) {
            Integer last = newest.isEmpty() ? null : newest.get(0).confidence();
            List<Option> confidence = CONFIDENCE.stream()
                    .map(c -> new Option(String.valueOf(c), String.valueOf(c), c.equals(last))).toList();
            SinceLastCheckIn since = since(key);
            form = new CheckInSection.Form(v.restPath("/keyresults/" + key + "/checkins"), confidence,
                    last == null ? v.t("okr.ui.checkin.confidenceChoose") : null,
                    since == null ? null : CheckInPrefills.prefill(since,
                            newest.isEmpty() ? null : history.authorName(newest.get(0)), v),
                    since == null ? null : CheckInPrefills.valueHint(since, v));
        }
        return new CheckInSection(form, new CheckInSection.History(rows, values),
                v.t("okr.ui.checkin.total", history.total()), Charts.sparkline(newest, v),
                v.trend(trend.change(), trend.dropped()), stale,
                rows.isEmpty() ? v.t("okr.ui.checkin.empty") : null, closed ? v.t("okr.ui.checkin.closed") : null);
    }

    /** What Jira knows since the last check-in; null when the key result cannot be measured (no cycle, no setup). */
    private SinceLastCheckIn since(String key) {
        try {
            return read.sinceLastCheckIn(key);
        } catch (RefusedException notMeasured) {
            return null;
        }
    }

    private static Explanation explanation(KeyResultDetail d, ViewParts v) {
        List<EvidenceRow> rows = new ArrayList<>();
        for (EvidenceView e : d.issues()) {
            EvidenceView.Completion c = e.completion();
            String doneText = c.done() ? v.t("okr.ui.evidence.done", v.formats().date(c.doneAt()))
                    : v.t("okr.ui.evidence.open");
            String source = switch (c.doneSource()) {
                case "transition" -> v.t("okr.ui.evidence.source.transition");
                case "resolution-set" -> v.t("okr.ui.evidence.source.resolutionSet");
                case "resolution" -> v.t("okr.ui.evidence.source.resolution");
                case "updated" -> v.t("okr.ui.evidence.source.updated");
                case "created" -> v.t("okr.ui.evidence.source.created");
                default -> "-";
            };
            if (!e.inScope()) {
                doneText = v.t("okr.ui.evidence.notYetCreated");
            }
            rows.add(new EvidenceRow(e.key(), v.issueUrl(e.key()), e.type() == null ? "" : e.type(),
                    e.via() == null || e.via().equals(e.key()) ? null : v.issue(e.via(), "", null), doneText,
                    c.done() ? "aui-lozenge-success" : "aui-lozenge-subtle", source,
                    e.points() == null ? "-" : v.formats().number(e.points())));
        }
        String hidden = d.hiddenIssues() > 0 ? v.t("okr.ui.evidence.hidden", d.hiddenIssues(), d.hiddenDone()) : null;
        String empty = rows.isEmpty() && d.hiddenIssues() == 0 ? v.t("okr.ui.evidence.empty") : null;
        return new Explanation(rows, hidden, EngineNotes.translate(d.notes(), v),
                v.t("okr.ui.evidence.asOf", v.formats().date(d.asOf())), empty);
    }
}
