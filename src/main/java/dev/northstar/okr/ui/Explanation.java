package dev.northstar.okr.ui;

import java.util.List;

/**
 * The "explain" view: every issue and value behind the figure. Issues the caller may not see are counted, never
 * named. Immutable; every text is plain: the template engine escapes it.
 */
public final class Explanation {
    private final List<EvidenceRow> issues;
    private final String hiddenText;
    private final List<String> notes;
    private final String asOfText;
    private final String emptyText;

    public Explanation(
            List<EvidenceRow> issues, String hiddenText, List<String> notes, String asOfText, String emptyText) {
        this.issues = List.copyOf(issues);
        this.hiddenText = hiddenText;
        this.notes = List.copyOf(notes);
        this.asOfText = asOfText;
        this.emptyText = emptyText;
    }

    /** Visible issues in scope */
    public List<EvidenceRow> getIssues() {
        return issues;
    }

    /** Hidden issues counted; else null */
    public String getHiddenText() {
        return hiddenText;
    }

    /** Notes from the engine */
    public List<String> getNotes() {
        return notes;
    }

    /** The instant the figure is for */
    public String getAsOfText() {
        return asOfText;
    }

    /** Set when no issue is in scope; else null */
    public String getEmptyText() {
        return emptyText;
    }
}
