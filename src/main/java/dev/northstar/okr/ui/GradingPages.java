package dev.northstar.okr.ui;

import dev.northstar.okr.cycle.CycleService;
import dev.northstar.okr.cycle.StoredCycle;
import dev.northstar.okr.errors.RefusedException;
import dev.northstar.okr.grade.Grade;
import dev.northstar.okr.grade.GradeRepository;
import dev.northstar.okr.host.Access;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.progress.Grading;
import dev.northstar.okr.reading.OkrReadService;
import dev.northstar.okr.reading.OkrViews.KeyResultView;
import dev.northstar.okr.reading.OkrViews.ObjectiveTree;
import dev.northstar.okr.reading.OkrViews.ObjectiveView;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the grading page of a cycle from the read service's objective trees, measured at the cycle's end once it
 * is closed: the suggested score of each objective and key result is its progress then, capped to 0.0 to 1.0 (as
 * {@link Grading} grades); the sandbagging hint is {@link Grading#sandbaggingOwners}' rule over the key results the
 * viewer may see. Grades are given through the REST API by the issues' editors.
 */
final class GradingPages {
    static final String PAGE = "/plugins/servlet/northstar-okr/grading";
    private static final int INDENT = 24;

    private final OkrReadService read;
    private final CycleService cycles;
    private final GradeRepository grades;
    private final Access access;

    GradingPages(OkrReadService read, CycleService cycles, GradeRepository grades, Access access) {
        this.read = read;
        this.cycles = cycles;
        this.grades = grades;
        this.access = access;
    }

    /**
     * @param projects projects with OKRs the caller may browse
     * @param cycleId  the cycle asked for, or null for the latest closed one (else the current one)
     */
    GradingPage build(Caller caller, List<String> projects, Long cycleId, Instant now, ViewParts v) {
        List<StoredCycle> visible = cycles.list(caller, null);
        Optional<StoredCycle> chosen = cycleId != null ? visible.stream().filter(c -> c.id() == cycleId).findFirst()
                : visible.stream().filter(StoredCycle::closed).max(Comparator.comparing(StoredCycle::closedAt))
                .or(() -> Overviews.choose(visible, null, now));
        List<Option> options = new ArrayList<>();
        if (chosen.isEmpty()) {
            options.add(new Option("", v.t("okr.ui.grading.chooseCycle"), true));
        }
        visible.forEach(c -> options.add(new Option(String.valueOf(c.id()), c.closed()
                ? v.t("okr.ui.cycle.closedText", c.cycle().name()) : c.cycle().name(),
                chosen.isPresent() && chosen.get().id() == c.id())));
        String pagePath = v.contextPath() + PAGE;
        if (chosen.isEmpty()) {
            String message = cycleId != null ? v.t("okr.error.cycleNotFound", String.valueOf(cycleId))
                    : v.t("okr.ui.overview.noCycles");
            return new GradingPage(new GradingPage.Header(pagePath, options, message, null, null, null, null, null),
                    null, null);
        }
        StoredCycle cycle = chosen.get();
        Formats f = v.formats();
        String days = v.t("okr.ui.grading.days", f.date(cycle.cycle().start()), f.lastDay(cycle.cycle().end()));
        if (!cycle.closed()) {
            boolean upcoming = now.isBefore(cycle.cycle().start());
            GradingPage.Header header = new GradingPage.Header(pagePath, options, null, cycle.cycle().name(), days,
                    upcoming ? v.t("okr.ui.cycle.upcoming") : v.t("okr.ui.cycle.open"),
                    upcoming ? "aui-lozenge-complete" : "aui-lozenge-current", null);
            boolean manage = cycles.mayManage(caller, cycle.projectKey());
            // who may not close it reads who may, instead of the button
            String open = v.t("okr.ui.grading.open", cycle.cycle().name()) + (manage ? ""
                    : " " + (cycle.global() ? v.t("okr.ui.grading.closeGlobal")
                    : v.t("okr.ui.grading.closeProject", cycle.projectKey())));
            return new GradingPage(header, new GradingPage.Open(open,
                    manage ? v.restPath("/cycles/" + cycle.id() + "/close") : null,
                    v.t("okr.ui.cycles.closeQuestion", cycle.cycle().name())), null);
        }
        return closed(caller, projects, cycle, days + " \u00b7 " + v.t("okr.ui.grading.closedOn",
                f.date(cycle.closedAt())), options, pagePath, v);
    }

    private GradingPage closed(Caller caller, List<String> projects, StoredCycle cycle, String cycleText,
                               List<Option> options, String pagePath, ViewParts v) {
        // the overview's rule: a global cycle is every project's, a project's cycle its own project's
        List<String> scope = cycle.global() ? projects : List.of(cycle.projectKey());
        Map<String, Grade> given = grades.inCycle(cycle.id()).stream()
                .collect(Collectors.toMap(Grade::issueKey, Function.identity(), (a, b) -> a));
        Rows rows = new Rows(caller, cycle, given, v);
        List<String> warnings = new ArrayList<>();
        String figuresLine = null;
        for (String p : scope) {
            try {
                ObjectiveTree tree = read.objectiveTree(cycle.id(), p);
                figuresLine = figuresLine != null ? figuresLine
                        : v.figuresLine(tree.cycle(), tree.asOf(), tree.figuresAt());
                rows.hidden += tree.hiddenObjectives();
                rows.add(tree.objectives(), 0);
                warnings.addAll(tree.warnings());
            } catch (RefusedException cannot) {
                warnings.add(v.t(cannot.messageKey(), cannot.arguments()));
            }
        }
        List<String> hints = Grading.sandbaggingOwners(rows.scores).stream()
                .map(owner -> v.t("okr.ui.grading.sandbagging", owner)).toList();
        GradingPage.Header header = new GradingPage.Header(pagePath, options, null, cycle.cycle().name(), cycleText,
                v.t("okr.ui.cycle.closed"), "aui-lozenge-subtle", figuresLine);
        GradingPage.Body body = new GradingPage.Body(v.t("okr.ui.grading.rules"), rows.rows, hints,
                v.t("okr.ui.grading.sandbaggingRule"),
                rows.hidden > 0 ? v.t("okr.ui.grading.hidden", rows.hidden) : null,
                rows.rows.isEmpty() && rows.hidden == 0 ? v.t("okr.ui.grading.empty") : null, warnings);
        return new GradingPage(header, null, body);
    }

    /** The rows of the page in tree order, the hidden ones counted, and the key results' scores for the hint. */
    private final class Rows {
        private final Caller caller;
        private final StoredCycle cycle;
        private final Map<String, Grade> given;
        private final ViewParts v;
        private final List<GradingRow> rows = new ArrayList<>();
        private final List<Grading.Grade> scores = new ArrayList<>();
        private int hidden;

        Rows(Caller caller, StoredCycle cycle, Map<String, Grade> given, ViewParts v) {
            this.caller = caller;
            this.cycle = cycle;
            this.given = given;
            this.v = v;
        }

        void add(List<ObjectiveView> level, int depth) {
            for (ObjectiveView o : level) {
                if (o.hidden()) {
                    hidden++;
                } else {
                    String owner = o.owner() == null || o.owner().isBlank() ? null : o.owner();
                    rows.add(row(v.t("okr.ui.grading.objective"), "aui-lozenge-complete", o.key(), o.title(),
                            depth, owner, o.committed(), o.figures().progress(), null));
                    for (KeyResultView k : o.contents().keyResults()) {
                        rows.add(row(v.t("okr.ui.keyResult"), "aui-lozenge-subtle", k.key(), k.title(), depth + 1,
                                owner, o.committed(), k.figures().progress(), k.measure().error()));
                        if (owner != null && k.measure().error() == null && k.weight() > 0) {
                            scores.add(Grading.score(k.key(), o.key(), owner, o.committed(), k.figures().progress()));
                        }
                    }
                    hidden += o.contents().hiddenKeyResults();
                }
                add(o.contents().children(), depth + 1);
            }
        }

        private GradingRow row(String kind, String kindCss, String key, String title, int depth, String owner,
                               boolean committed, double progress, String error) {
            Formats f = v.formats();
            double capped = Math.max(0.0, Math.min(1.0, progress));
            GradingRow.Item item = new GradingRow.Item(kind, kindCss, key, v.issueUrl(key), title, depth * INDENT,
                    owner, committed ? v.t("okr.ui.objective.committed") : v.t("okr.ui.objective.aspirational"),
                    committed ? "aui-lozenge-complete" : "aui-lozenge-subtle",
                    committed ? v.t("okr.ui.grading.expectCommitted") : v.t("okr.ui.grading.expectAspirational"));
            GradingRow.Suggestion suggestion = error != null ? new GradingRow.Suggestion(null, null, error)
                    : new GradingRow.Suggestion(v.score(round(capped)),
                    v.t(progress > 1.0 ? "okr.ui.grading.suggestionCapped" : "okr.ui.grading.suggestionDetail",
                            f.percent(progress)), null);
            Grade grade = given.get(key);
            boolean editor = access.canEditIssue(caller, key);
            String status = grade == null ? v.t("okr.ui.grading.notGraded")
                    : v.t("okr.ui.grading.graded", v.grade(grade, committed).getScore(), f.date(grade.gradedAt()));
            String start = grade != null ? plain(grade.score()) : error == null ? plain(round(capped)) : "";
            GradingRow.Given form = new GradingRow.Given(status,
                    grade == null ? "okr-not-graded" : "okr-graded",
                    grade == null || grade.note().isBlank() ? null : grade.note(),
                    editor ? v.restPath("/cycles/" + cycle.id() + "/grades/" + key) : null, start,
                    grade == null ? "" : grade.note(), editor ? null : v.t("okr.ui.grading.readOnly", key));
            return new GradingRow(item, suggestion, form);
        }
    }

    /** A score to two decimals, as suggested: 0.7234 is 0.72. */
    private static double round(double score) {
        return BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    /** A score as a number field holds it: digits and a dot, no grouping, no trailing zeros ("0.7", "1"). */
    static String plain(double score) {
        return BigDecimal.valueOf(score).stripTrailingZeros().toPlainString();
    }
}
