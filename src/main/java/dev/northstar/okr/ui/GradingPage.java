package dev.northstar.okr.ui;

import java.util.List;

/**
 * The grading page of a closed cycle: every objective and key result of the cycle the viewer may browse, each with
 * the suggested score, what is expected of it and its grade, the sandbagging hints per owner, and how both are made.
 * For an open cycle, that it must be closed first (with the close button for who may close it). Immutable; every
 * text is plain: the template engine escapes it.
 */
public final class GradingPage {
    private final Header header;
    private final Open open;
    private final Body body;

    /**
     * The cycle shown and the picker: {@code cycleName} null when there is none, {@code message} instead of the
     * page (an unknown cycle, no cycle at all).
     */
    public record Header(String pagePath, List<Option> cycles, String message, String cycleName, String cycleText,
                         String statusText, String statusCss, String figuresLine) {
        public Header {
            cycles = List.copyOf(cycles);
        }
    }

    /** An open cycle: why nothing is graded yet, and how to close it ({@code closePath} null for who may not). */
    public record Open(String text, String closePath, String closeQuestion) {
    }

    /** A closed cycle's rows, hints and notes. */
    public record Body(String rulesText, List<GradingRow> rows, List<String> hints, String hintRule,
                       String hiddenText, String emptyText, List<String> warnings) {
        public Body {
            rows = List.copyOf(rows);
            hints = List.copyOf(hints);
            warnings = List.copyOf(warnings);
        }
    }

    public GradingPage(Header header, Open open, Body body) {
        this.header = header;
        this.open = open;
        this.body = body;
    }

    /** This page's address, for the cycle picker */
    public String getPagePath() {
        return header.pagePath();
    }

    /** Cycles the viewer may see, the shown one selected */
    public List<Option> getCycles() {
        return header.cycles();
    }

    /** Instead of the page: an unknown cycle, or none at all; else null */
    public String getMessage() {
        return header.message();
    }

    /** The cycle's name; null without a cycle */
    public String getCycleName() {
        return header.cycleName();
    }

    /** Its days, and when it was closed */
    public String getCycleText() {
        return header.cycleText();
    }

    /** Open, closed, upcoming */
    public String getStatusText() {
        return header.statusText();
    }

    /** AUI lozenge modifier */
    public String getStatusCss() {
        return header.statusCss();
    }

    /** Which instant the suggestions belong to (the cycle's end, or its close when earlier); else null */
    public String getFiguresLine() {
        return header.figuresLine();
    }

    /** Set for an open cycle: it is graded once closed; else null */
    public String getOpenText() {
        return open == null ? null : open.text();
    }

    /** {@code POST /cycles/{id}/close} for who may close the open cycle; else null */
    public String getClosePath() {
        return open == null ? null : open.closePath();
    }

    /** The close confirmation's question */
    public String getCloseQuestion() {
        return open == null ? null : open.closeQuestion();
    }

    /** How suggestions and expectations are made; null for an open cycle */
    public String getRulesText() {
        return body == null ? null : body.rulesText();
    }

    /** Objectives, each followed by its key results, parents before aligned children */
    public List<GradingRow> getRows() {
        return body == null ? List.of() : body.rows();
    }

    /** Whether any row is listed (the table shows) */
    public boolean isListed() {
        return body != null && !body.rows().isEmpty();
    }

    /** One sandbagging hint per owner it applies to */
    public List<String> getHints() {
        return body == null ? List.of() : body.hints();
    }

    /** How a hint is made; null for an open cycle */
    public String getHintRule() {
        return body == null ? null : body.hintRule();
    }

    /** How many objectives and key results are hidden from the viewer; else null */
    public String getHiddenText() {
        return body == null ? null : body.hiddenText();
    }

    /** Set when nothing of the cycle is listed; else null */
    public String getEmptyText() {
        return body == null ? null : body.emptyText();
    }

    /** Problems reading a project's objectives, translated */
    public List<String> getWarnings() {
        return body == null ? List.of() : body.warnings();
    }
}
