package dev.northstar.okr.ui;

import java.util.List;

/**
 * The small panel on an initiative (usually an epic): the key results it drives, or on an epic of a project with OKRs
 * that drives none yet, saying so. Immutable; every text is plain: the template engine escapes it.
 */
public final class InitiativePanel {
    private final String key;
    private final List<DrivenRow> rows;
    private final String hiddenText;
    private final String moreText;
    private final String emptyText;

    public InitiativePanel(String key, List<DrivenRow> rows, String hiddenText, String moreText, String emptyText) {
        this.key = key;
        this.rows = List.copyOf(rows);
        this.hiddenText = hiddenText;
        this.moreText = moreText;
        this.emptyText = emptyText;
    }

    /** The initiative */
    public String getKey() {
        return key;
    }

    /** Driven key results the caller may see */
    public List<DrivenRow> getRows() {
        return rows;
    }

    /** Driven key results the caller may not see, counted; else null */
    public String getHiddenText() {
        return hiddenText;
    }

    /** Visible driven key results beyond the ones shown, counted; else null */
    public String getMoreText() {
        return moreText;
    }

    /** "This epic drives no key result yet." when it drives none, visible or not; else null */
    public String getEmptyText() {
        return emptyText;
    }

    // Issue 10, writing into Jira: set only by withDriveControls, right after the panel is made

    private LinkControls driveControls;

    /** This panel with "drive a key result", null for a viewer Jira does not let link the issue. */
    public InitiativePanel withDriveControls(LinkControls controls) {
        InitiativePanel copy = new InitiativePanel(key, rows, hiddenText, moreText, emptyText);
        copy.driveControls = controls;
        return copy;
    }

    /** Drive another key result, stop driving one; else null */
    public LinkControls getDriveControls() {
        return driveControls;
    }
}
