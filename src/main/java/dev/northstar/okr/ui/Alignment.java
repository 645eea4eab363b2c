package dev.northstar.okr.ui;

import java.util.List;

/**
 * Where an objective sits in the alignment tree. Immutable; every text is plain: the template engine escapes it.
 */
public final class Alignment {
    private final IssueRef parent;
    private final String parentText;
    private final List<ObjectiveRow> children;
    private final String hiddenChildrenText;

    public Alignment(IssueRef parent, String parentText, List<ObjectiveRow> children, String hiddenChildrenText) {
        this.parent = parent;
        this.parentText = parentText;
        this.children = List.copyOf(children);
        this.hiddenChildrenText = hiddenChildrenText;
    }

    /** The objective it aligns to; null when none or hidden */
    public IssueRef getParent() {
        return parent;
    }

    /** Set when it aligns to an objective the caller may not see, or to none; else null */
    public String getParentText() {
        return parentText;
    }

    /** Objectives aligned to it */
    public List<ObjectiveRow> getChildren() {
        return children;
    }

    /** Hidden aligned objectives counted; else null */
    public String getHiddenChildrenText() {
        return hiddenChildrenText;
    }
}
