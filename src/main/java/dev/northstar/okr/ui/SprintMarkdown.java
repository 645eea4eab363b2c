package dev.northstar.okr.ui;

import dev.northstar.okr.reading.OkrViews.SprintReviewView;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The sprint review as Markdown, to paste into review notes. Texts from Jira (summaries, sprint and cycle names)
 * are Markdown-escaped, so a summary cannot add links, tables or raw HTML to the notes; the app's own words (from its
 * bundles, with figures and dates) are written as they are, so a reader sees no stray backslash, as in the Korean
 * "{0} ~ {1}" of a date range. The page then prints the Markdown as text, HTML-escaped once like everything else.
 */
final class SprintMarkdown {
    private SprintMarkdown() {
    }

    static String of(SprintReviewView review, SprintHeader header, List<SprintKeyResultRow> rows, String hidden,
                     ViewParts v) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(v.t("okr.ui.review.markdown.title", escape(header.getSprintName()),
                escape(review.project()))).append("\n\n");
        // the line starts with a label: a date first ("2015. 7. 6.") would read as a numbered list
        md.append(v.t("okr.ui.review.sprint")).append(": ").append(header.getWindowText()).append(" \u00b7 ")
                .append(v.t("okr.ui.review.cycle")).append(": ").append(escape(header.getCycleName())).append("\n\n");
        md.append("**").append(v.t("okr.ui.review.alignment")).append("**: ").append(header.getIssuesText())
                .append(' ').append(header.getPointsText()).append("\n");
        if (header.getUnestimatedText() != null) {
            md.append(header.getUnestimatedText()).append("\n");
        }
        md.append('\n');
        if (rows.isEmpty()) {
            md.append(v.t("okr.ui.review.noKeyResults")).append('\n');
        } else {
            md.append("| ").append(String.join(" | ", v.t("okr.ui.review.col.keyResult"),
                    v.t("okr.ui.review.col.start"), v.t("okr.ui.review.col.end"), v.t("okr.ui.review.col.delta"),
                    v.t("okr.ui.review.col.pace"), v.t("okr.ui.review.col.confidence"))).append(" |\n");
            md.append("| --- | ---: | ---: | ---: | --- | --- |\n");
            for (SprintKeyResultRow r : rows) {
                md.append("| ").append(String.join(" | ", escape(r.getKey() + " " + r.getTitle()), r.getStartText(),
                        r.getEndText(), r.getDeltaText(), r.getPace() == null ? "-" : r.getPace().getLabel(),
                        confidence(r))).append(" |\n");
            }
            for (SprintKeyResultRow r : rows) {
                md.append("\n## ").append(escape(r.getKey() + " " + r.getTitle())).append("\n\n");
                md.append("- ").append(v.t("okr.ui.review.completed")).append(": ")
                        .append(issues(r.getCompleted(), r.getHiddenCompletedText())).append('\n');
                md.append("- ").append(v.t("okr.ui.review.notDone")).append(": ")
                        .append(issues(r.getNotDone(), r.getHiddenNotDoneText())).append('\n');
            }
        }
        if (hidden != null) {
            md.append('\n').append(hidden).append('\n');
        }
        return md.toString();
    }

    private static String confidence(SprintKeyResultRow r) {
        if (r.getConfidenceText() == null) {
            return "-";
        }
        String trend = r.getTrend() == null ? "" : " (" + r.getTrend().getLabel() + ")";
        return r.getConfidenceText() + trend;
    }

    private static String issues(List<IssueRef> issues, String hidden) {
        String listed = issues.stream()
                .map(i -> escape(i.getKey()) + (i.getDetail() == null ? "" : " (" + i.getDetail() + ")"))
                .collect(Collectors.joining(", "));
        if (hidden != null) {
            listed = listed.isEmpty() ? hidden : listed + "; " + hidden;
        }
        return listed.isEmpty() ? "-" : listed;
    }

    /** Backslash-escapes Markdown's punctuation (CommonMark allows it before any ASCII punctuation) and folds lines. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.replaceAll("[\\r\\n]+", " ").toCharArray()) {
            if ("\\`*_[]<>#|~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** "okr-review-sprint-7.md": letters and digits of the sprint's name only. */
    static String fileName(String sprintName) {
        String slug = sprintName == null ? "" : sprintName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return "okr-review-" + (slug.isEmpty() ? "sprint" : slug) + ".md";
    }
}
