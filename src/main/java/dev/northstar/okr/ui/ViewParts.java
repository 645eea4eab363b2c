package dev.northstar.okr.ui;

import dev.northstar.okr.grade.Grade;
import dev.northstar.okr.host.Texts;
import dev.northstar.okr.progress.Grading;
import dev.northstar.okr.reading.OkrViews.CheckInView;
import dev.northstar.okr.reading.OkrViews.CycleView;
import dev.northstar.okr.reading.OkrViews.KeyResultView;
import dev.northstar.okr.reading.OkrViews.MetricView;
import dev.northstar.okr.reading.OkrViews.ObjectiveView;
import dev.northstar.okr.reading.OkrViews.PaceView;

import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pieces every screen shares, built from the read service's views for one caller: translated labels, numbers in
 * their language, links under Jira's context path. Figures are never computed here, only worded.
 */
final class ViewParts {
    static final String REST = "/rest/northstar-okr/1.0";
    /** The weights the engine names in a partial-credit formula: "(to do 0, in progress 0.5, done 1)". */
    private static final Pattern CREDIT = Pattern.compile(
            "\\(to do ([0-9.E-]+), in progress ([0-9.E-]+), done ([0-9.E-]+)\\)");

    private final Texts texts;
    private final Formats formats;
    private final String contextPath;
    /** A cycle's grades by its id (null: rows show no grades); read once a closed cycle's rows are built. */
    private final LongFunction<List<Grade>> gradesOf;
    /** The grades of the closed cycle whose rows these parts build, by issue key; empty otherwise. */
    private final Map<String, Grade> grades;

    ViewParts(Texts texts, Formats formats, String contextPath) {
        this(texts, formats, contextPath, null);
    }

    ViewParts(Texts texts, Formats formats, String contextPath, LongFunction<List<Grade>> gradesOf) {
        this(texts, formats, contextPath, gradesOf, Map.of());
    }

    private ViewParts(Texts texts, Formats formats, String contextPath, LongFunction<List<Grade>> gradesOf,
                      Map<String, Grade> grades) {
        this.texts = texts;
        this.formats = formats;
        this.contextPath = contextPath == null ? "" : contextPath;
        this.gradesOf = gradesOf;
        this.grades = grades;
    }

    /**
     * These parts for the rows of a cycle: once it is closed, its key result and objective rows carry the grade each
     * was given (rows exist only for issues the viewer may browse, so no grade reveals an issue).
     */
    ViewParts gradedIn(long cycleId, boolean closed) {
        if (!closed || gradesOf == null) {
            return this;
        }
        Map<String, Grade> byKey = new HashMap<>();
        gradesOf.apply(cycleId).forEach(g -> byKey.putIfAbsent(g.issueKey(), g));
        return new ViewParts(texts, formats, contextPath, gradesOf, Map.copyOf(byKey));
    }

    /**
     * A grade and how to read it: committed OKRs are expected at 1.0, aspirational ones do well at 0.6 to 0.7
     * ({@code committed} null: no judgement, for a key result shown without its objective).
     */
    GradeView grade(Grade g, Boolean committed) {
        String judgement = null;
        if (committed != null && committed) {
            judgement = g.score() >= 1.0 ? t("okr.ui.grade.committedMet") : t("okr.ui.grade.committedMissed");
        } else if (committed != null) {
            judgement = g.score() >= 1.0 ? t("okr.ui.grade.aspirationalEasy")
                    : g.score() >= Grading.HEALTHY_LOW ? t("okr.ui.grade.aspirationalGood")
                    : t("okr.ui.grade.aspirationalLow");
        }
        return new GradeView(score(g.score()), g.note() == null || g.note().isBlank() ? null : g.note(),
                judgement, formats.date(g.gradedAt()));
    }

    /** A grade or a suggested one as people read scores: one or two decimals ("0.7", "0.72", "1.0"). */
    String score(double value) {
        NumberFormat score = NumberFormat.getNumberInstance(formats.locale());
        score.setMinimumFractionDigits(1);
        score.setMaximumFractionDigits(2);
        return score.format(value);
    }

    private GradeView gradeOf(String key, Boolean committed) {
        Grade g = key == null ? null : grades.get(key);
        return g == null ? null : grade(g, committed);
    }

    String t(String key, Object... arguments) {
        return texts.text(key, arguments);
    }

    Formats formats() {
        return formats;
    }

    String contextPath() {
        return contextPath;
    }

    String issueUrl(String key) {
        return contextPath + "/browse/" + key;
    }

    String restPath(String path) {
        return contextPath + REST + path;
    }

    IssueRef issue(String key, String summary, String detail) {
        return new IssueRef(key, issueUrl(key), summary == null ? "" : summary, detail);
    }

    /** A share without a pace (a sprint's alignment, an initiative's own issues): a neutral bar. */
    ProgressView progress(double fraction, String figure, String formula) {
        return progress(fraction, figure, formula, null);
    }

    /** Progress with the bar coloured by its pace (neutral grey without one, as not started). */
    ProgressView progress(double fraction, String figure, String formula, PaceView pace) {
        return new ProgressView(formats.percent(fraction), Formats.bar(fraction), Formats.barValue(fraction),
                fraction > 1.0, figure, formula, barCss(pace));
    }

    static String barCss(PaceView pace) {
        return pace == null ? "okr-pace-none" : switch (pace.status()) {
            case "on-track", "at-risk", "off-track", "just-started", "not-started" -> "okr-pace-" + pace.status();
            default -> "okr-pace-none";
        };
    }

    /** Pace as a lozenge; null when there is none (no cycle). */
    PaceLozenge pace(PaceView pace) {
        if (pace == null) {
            return null;
        }
        String detail = pace.ratio() != null
                ? t("okr.ui.pace.detail", formats.percent(pace.expected()), formats.percent(pace.ratio()))
                : pace.expected() > 0 ? t("okr.ui.pace.detail.milestone", formats.percent(pace.expected()))
                : t("okr.ui.pace.detail.notStarted");
        return switch (pace.status()) {
            case "on-track" -> new PaceLozenge(t("okr.ui.pace.on-track"), "aui-lozenge-success", detail);
            case "at-risk" -> new PaceLozenge(t("okr.ui.pace.at-risk"), "aui-lozenge-moved", detail);
            case "off-track" -> new PaceLozenge(t("okr.ui.pace.off-track"), "aui-lozenge-error", detail);
            case "just-started" -> new PaceLozenge(t("okr.ui.pace.just-started"), "aui-lozenge-current", detail);
            default -> new PaceLozenge(t("okr.ui.pace.not-started"), "aui-lozenge-subtle", detail);
        };
    }

    /**
     * Which instant a cycle's figures belong to, when it is not now: an ended or closed cycle is measured at its end,
     * an upcoming one shows its starting point without pace. Null for a running cycle (or an instant asked for).
     */
    String figuresLine(CycleView cycle, String asOf, String figuresAt) {
        if (cycle == null || figuresAt == null) {
            return null;
        }
        if ("cycle-end".equals(figuresAt)) {
            // an ended cycle is measured at its exclusive end, so it names the last day it covered, as every screen
            // does; a cycle closed early is measured at the instant it was closed, a day it covered
            java.time.Instant at = java.time.Instant.parse(asOf);
            return "closed".equals(cycle.state()) ? t("okr.ui.cycle.figuresClosed", formats.lastDay(at))
                    : t("okr.ui.cycle.figuresEnded", formats.lastDay(at));
        }
        if ("now".equals(figuresAt) && "upcoming".equals(cycle.state())) {
            return t("okr.ui.cycle.figuresUpcoming", formats.date(java.time.Instant.parse(cycle.start())));
        }
        return null;
    }

    /** A change of confidence between the last two check-ins; null for no change to show. */
    TrendView trend(Integer change, boolean dropped) {
        if (change == null) {
            return null;
        }
        String note = dropped ? t("okr.ui.trend.dropped", -change) : null;
        if (change > 0) {
            return new TrendView(t("okr.ui.trend.up", change), "aui-lozenge-success", note);
        }
        if (change < 0) {
            return new TrendView(t("okr.ui.trend.down", -change), dropped ? "aui-lozenge-error" : "aui-lozenge-moved",
                    note);
        }
        return new TrendView(t("okr.ui.trend.flat"), "aui-lozenge-subtle", null);
    }

    /** The read service's check-in summary: a trend only once there is a change to show. */
    TrendView trend(CheckInView checkIn) {
        if (checkIn == null || checkIn.latestConfidence() == null || checkIn.trend() == null
                || checkIn.trend() == 0) {
            return null;
        }
        return trend(checkIn.trend(), checkIn.trend() <= -2);
    }

    String confidence(CheckInView checkIn) {
        return checkIn == null || checkIn.latestConfidence() == null ? null
                : t("okr.ui.confidence", checkIn.latestConfidence());
    }

    String stale(CheckInView checkIn) {
        if (checkIn == null || !checkIn.stale()) {
            return null;
        }
        return checkIn.lastCheckIn() == null ? t("okr.ui.checkin.staleNever")
                : t("okr.ui.checkin.stale", checkIn.daysSinceCheckIn());
    }

    KeyResultRow keyResult(KeyResultView k, String context) {
        CheckInView checkIn = k.signals().checkIn();
        KeyResultRow row = new KeyResultRow(k.key(), issueUrl(k.key()), k.title(), kindLabel(k.kind()), k.focusMetric(), context,
                progress(k.figures().progress(), figure(k), formula(k), k.signals().pace()), pace(k.signals().pace()),
                k.measure().error(), confidence(checkIn), trend(checkIn), stale(checkIn),
                t("okr.ui.weight", formats.number(k.weight())));
        GradeView grade = gradeOf(k.key(), null);
        return grade == null ? row : row.withGrade(grade);
    }

    String kindLabel(String kind) {
        if (kind == null) {
            return t("okr.ui.kind.unknown");
        }
        return switch (kind) {
            case "issue-count" -> t("okr.ui.kind.issue-count");
            case "story-points" -> t("okr.ui.kind.story-points");
            case "metric" -> t("okr.ui.kind.metric");
            case "milestone" -> t("okr.ui.kind.milestone");
            default -> kind;
        };
    }

    /** Which formula made the figure, in the caller's language (the engine names it in English for logs). */
    String formula(KeyResultView k) {
        if (k.kind() == null || k.measure().error() != null) {
            return null;
        }
        Matcher credit = CREDIT.matcher(k.measure().formula() == null ? "" : k.measure().formula());
        if (credit.find() && ("issue-count".equals(k.kind()) || "story-points".equals(k.kind()))) {
            // partial credit, the key result's own or the admin's default: the formula names the weights
            return t("okr.ui.formula." + k.kind() + ".credit", formats.number(Double.parseDouble(credit.group(1))),
                    formats.number(Double.parseDouble(credit.group(2))),
                    formats.number(Double.parseDouble(credit.group(3))));
        }
        return switch (k.kind()) {
            case "issue-count" -> t("okr.ui.formula.issue-count");
            case "story-points" -> t("okr.ui.formula.story-points");
            case "milestone" -> t("okr.ui.formula.milestone");
            case "metric" -> k.signals().metric() == null ? null : switch (k.signals().metric().direction()) {
                case "decrease" -> t("okr.ui.formula.metric.decrease");
                case "maintain" -> t("okr.ui.formula.metric.maintain");
                default -> t("okr.ui.formula.metric.increase");
            };
            default -> k.measure().formula();
        };
    }

    /** What the figure counts, with hidden issues counted and never named. */
    String figure(KeyResultView k) {
        if (k.kind() == null || k.measure().error() != null) {
            return null;
        }
        KeyResultView.Figures f = k.figures();
        String figure = switch (k.kind()) {
            case "story-points" -> t("okr.ui.figure.points", f.pointsDone(), f.pointsTotal())
                    + (f.unestimated() > 0 ? " " + t("okr.ui.figure.unestimated", f.unestimated()) : "");
            case "metric" -> metricFigure(k.signals().metric());
            case "milestone" -> f.progress() >= 1.0 ? t("okr.ui.figure.milestone.done")
                    : t("okr.ui.figure.milestone.open");
            default -> t("okr.ui.figure.issues", f.done(), f.total());
        };
        if (f.hiddenIssues() > 0) {
            figure += " " + t("okr.ui.figure.hidden", f.hiddenIssues());
        }
        return figure;
    }

    private String metricFigure(MetricView m) {
        if (m == null) {
            return null;
        }
        Double value = m.reading().value();
        String current = value == null ? t("okr.ui.metric.noValue") : withUnit(value, m.unit());
        MetricView.Goal goal = m.goal();
        if ("maintain".equals(m.direction())) {
            return t("okr.ui.figure.band", current, withUnit(goal.low(), m.unit()), withUnit(goal.high(), m.unit()));
        }
        return t("okr.ui.figure.metric", current, withUnit(goal.start(), m.unit()), withUnit(goal.target(), m.unit()));
    }

    String withUnit(double value, String unit) {
        return unit == null || unit.isBlank() ? formats.number(value) : formats.number(value) + " " + unit;
    }

    String directionLabel(String direction) {
        return switch (direction) {
            case "decrease" -> t("okr.ui.direction.decrease");
            case "maintain" -> t("okr.ui.direction.maintain");
            default -> t("okr.ui.direction.increase");
        };
    }

    String scopeLabel(String scope) {
        return switch (scope) {
            case "nice-to-have" -> t("okr.ui.scope.nice-to-have");
            case "not-in-scope" -> t("okr.ui.scope.not-in-scope");
            default -> t("okr.ui.scope.must-have");
        };
    }

    static String scopeCss(String scope) {
        return switch (scope) {
            case "nice-to-have" -> "aui-lozenge-subtle";
            case "not-in-scope" -> "aui-lozenge-subtle aui-lozenge-removed";
            default -> "aui-lozenge-current";
        };
    }

    /**
     * An objective as a row; its key results only when asked for (the tree lists them, a child row does not). Its
     * level is its owner's label, never its depth in the tree (see {@link ObjectiveRow#getLevelLabel()}).
     */
    ObjectiveRow objective(ObjectiveView o, int depth, boolean withKeyResults, TrendChart chart) {
        String owner = o.owner() == null || o.owner().isBlank() ? null : o.owner();
        List<KeyResultRow> krs = withKeyResults
                ? o.contents().keyResults().stream().map(k -> keyResult(k, null)).toList() : List.of();
        String hiddenKrs = withKeyResults && o.contents().hiddenKeyResults() > 0
                ? t("okr.ui.objective.hiddenKeyResults", o.contents().hiddenKeyResults()) : null;
        String figure = t("okr.ui.objective.figure", o.rollup().terms().size(),
                formats.number(o.rollup().weightSum()));
        ObjectiveRow row = new ObjectiveRow(depth, depth * 24, owner, o.key(), o.hidden() ? null : issueUrl(o.key()), o.title(),
                owner,
                o.hidden() ? t("okr.ui.objective.hidden") : null,
                o.committed() ? t("okr.ui.objective.committed") : t("okr.ui.objective.aspirational"),
                o.committed() ? "aui-lozenge-complete" : "aui-lozenge-subtle",
                progress(o.figures().progress(), figure, null, o.hidden() ? null : o.figures().pace()),
                o.hidden() ? null : pace(o.figures().pace()), krs,
                hiddenKrs, chart, o.warnings());
        GradeView grade = o.hidden() ? null : gradeOf(o.key(), o.committed());
        return grade == null ? row : row.withGrade(grade);
    }
}
