package dev.northstar.okr.ui;

import dev.northstar.okr.errors.RefusedException;
import dev.northstar.okr.reading.OkrReadService;
import dev.northstar.okr.reading.OkrViews.AlignmentView;
import dev.northstar.okr.reading.OkrViews.CompletedView;
import dev.northstar.okr.reading.OkrViews.SprintKeyResultView;
import dev.northstar.okr.reading.OkrViews.SprintReviewView;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds the sprint OKR review page from the read service's sprint review: the sprint's OKR alignment, a row per key
 * result it touched, and the same as Markdown for review notes.
 */
final class SprintReviews {
    static final String PAGE = "/plugins/servlet/northstar-okr/sprint-review";

    private final OkrReadService read;

    SprintReviews(OkrReadService read) {
        this.read = read;
    }

    /**
     * @param projects projects with OKRs the caller may browse
     * @param project  the chosen project, already checked against {@code projects}; null when none is chosen
     */
    SprintReviewPage build(List<String> projects, String project, Long boardId, Long sprintId, ViewParts v) {
        List<Option> options = new ArrayList<>();
        for (String p : projects) {
            options.add(new Option(p, p, p.equals(project)));
        }
        SprintPicker picker = new SprintPicker(options, project == null ? "" : project,
                boardId == null ? "" : boardId.toString(), sprintId == null ? "" : sprintId.toString(),
                v.contextPath() + "/rest/agile/1.0", v.contextPath() + PAGE);
        if (projects.isEmpty()) {
            return empty(picker, v.t("okr.ui.review.noProjects"), null);
        }
        if (project == null) {
            return empty(picker, null, v.t("okr.ui.review.chooseProject"));
        }
        if (sprintId == null) {
            return empty(picker, null, v.t("okr.ui.review.chooseSprint"));
        }
        if (sprintId < 1 || sprintId > Integer.MAX_VALUE) {
            return empty(picker, v.t("okr.error.sprintNotFound", sprintId.toString()), null);
        }
        SprintReviewView review;
        try {
            review = read.sprintReview(sprintId.intValue(), project);
        } catch (RefusedException cannot) {
            return empty(picker, v.t(cannot.messageKey(), cannot.arguments()), null);
        }
        Formats f = v.formats();
        SprintHeader header = header(review, v);
        List<SprintKeyResultRow> rows = new ArrayList<>();
        for (SprintKeyResultView k : review.keyResults()) {
            List<IssueRef> completed = new ArrayList<>();
            for (CompletedView c : k.finished().completed()) {
                completed.add(v.issue(c.key(), "", c.points() == null ? null
                        : v.t("okr.ui.review.points", c.points())));
            }
            List<IssueRef> notDone = k.unfinished().notDone().stream().map(key -> v.issue(key, "", null)).toList();
            SprintKeyResultView.Movement moved = k.movement();
            int hiddenCompleted = k.finished().hiddenCompleted();
            int hiddenNotDone = k.unfinished().hiddenNotDone();
            rows.add(new SprintKeyResultRow(k.key(), v.issueUrl(k.key()), k.title(), f.percent(moved.progressAtStart()),
                    f.percent(moved.progressAtEnd()), f.signedPercent(moved.delta()), Formats.changeCss(moved.delta()),
                    completed,
                    hiddenCompleted > 0 ? v.t("okr.ui.review.hiddenCompleted", hiddenCompleted) : null,
                    notDone, hiddenNotDone > 0 ? v.t("okr.ui.review.hiddenNotDone", hiddenNotDone) : null,
                    v.pace(k.paceAtEnd()), v.confidence(k.checkIn()), v.trend(k.checkIn())));
        }
        String hidden = review.hiddenKeyResults() > 0
                ? v.t("okr.ui.review.hiddenKeyResults", review.hiddenKeyResults()) : null;
        String markdown = SprintMarkdown.of(review, header, rows, hidden, v);
        return new SprintReviewPage(picker, null, null, header, rows,
                rows.isEmpty() ? v.t("okr.ui.review.noKeyResults") : null, hidden, review.warnings(), markdown,
                SprintMarkdown.fileName(review.sprint().name()));
    }

    private static SprintReviewPage empty(SprintPicker picker, String message, String hint) {
        return new SprintReviewPage(picker, message, hint, null, List.of(), null, null, List.of(), null, null);
    }

    private static SprintHeader header(SprintReviewView review, ViewParts v) {
        Formats f = v.formats();
        // Jira's sprint service names the state ACTIVE, its REST API and exports active: either way, in words
        String raw = review.sprint().state() == null ? "" : review.sprint().state();
        String state = switch (raw.toLowerCase(Locale.ROOT)) {
            case "active" -> v.t("okr.ui.sprint.active");
            case "closed" -> v.t("okr.ui.sprint.closed");
            case "future" -> v.t("okr.ui.sprint.future");
            default -> raw;
        };
        AlignmentView a = review.alignment();
        String issues = a.completed() == 0 ? v.t("okr.ui.review.alignment.nothingDone")
                : v.t("okr.ui.review.alignment.issues", a.aligned(), a.completed(), f.percent(a.share()));
        String points = a.points() == 0 ? v.t("okr.ui.review.alignment.noPoints")
                : v.t("okr.ui.review.alignment.points", a.alignedPoints(), a.points(),
                f.percent(a.pointsShare()));
        return new SprintHeader(review.sprint().name(), state,
                v.t("okr.ui.review.window", f.date(review.windowStart()), f.date(review.windowEnd())),
                review.cycle().name(), issues, v.progress(a.share(), null, null), points,
                v.progress(a.pointsShare(), null, null),
                a.unestimated() > 0 ? v.t("okr.ui.review.alignment.unestimated", a.unestimated()) : null);
    }
}
