package dev.northstar.okr.ui;

import java.util.List;

/**
 * The sprint OKR review page. Immutable; every text is plain: the template engine escapes it.
 */
public final class SprintReviewPage {
    private final SprintPicker picker;
    private final String message;
    private final String hint;
    private final SprintHeader header;
    private final List<SprintKeyResultRow> rows;
    private final String emptyText;
    private final String hiddenText;
    private final List<String> warnings;
    private final String markdown;
    private final String markdownFileName;

    public SprintReviewPage(
            SprintPicker picker, String message, String hint, SprintHeader header, List<SprintKeyResultRow> rows,
            String emptyText, String hiddenText, List<String> warnings, String markdown, String markdownFileName) {
        this.picker = picker;
        this.message = message;
        this.hint = hint;
        this.header = header;
        this.rows = List.copyOf(rows);
        this.emptyText = emptyText;
        this.hiddenText = hiddenText;
        this.warnings = List.copyOf(warnings);
        this.markdown = markdown;
        this.markdownFileName = markdownFileName;
    }

    /** Project, board and sprint choice */
    public SprintPicker getPicker() {
        return picker;
    }

    /** Why there is no review (unknown sprint, outside the cycles, ...); else null */
    public String getMessage() {
        return message;
    }

    /** What to choose next; else null */
    public String getHint() {
        return hint;
    }

    /** The sprint; null without a review */
    public SprintHeader getHeader() {
        return header;
    }

    /** Key results the sprint touched */
    public List<SprintKeyResultRow> getRows() {
        return rows;
    }

    /** Set when it touched none */
    public String getEmptyText() {
        return emptyText;
    }

    /** Key results the caller may not see, counted */
    public String getHiddenText() {
        return hiddenText;
    }

    /** E.g. no story points field */
    public List<String> getWarnings() {
        return warnings;
    }

    /** The review as Markdown for the review notes; null without a review */
    public String getMarkdown() {
        return markdown;
    }

    /** File name for the download */
    public String getMarkdownFileName() {
        return markdownFileName;
    }
}
