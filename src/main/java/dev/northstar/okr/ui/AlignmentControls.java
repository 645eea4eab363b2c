package dev.northstar.okr.ui;

import java.util.List;

/**
 * On an objective's panel, for people Jira lets link it: align it to a parent objective, unlink it from its parent,
 * and let go of objectives aligned to it. Immutable; every text is plain: the template engine escapes it.
 */
public final class AlignmentControls {
    private final String parentPath;
    private final LinkRow parent;
    private final List<LinkRow> children;
    private final IssuePickerField picker;

    public AlignmentControls(String parentPath, LinkRow parent, List<LinkRow> children, IssuePickerField picker) {
        this.parentPath = parentPath;
        this.parent = parent;
        this.children = List.copyOf(children);
        this.picker = picker;
    }

    /** REST address that aligns it to a parent (POST) */
    public String getParentPath() {
        return parentPath;
    }

    /** The parent it aligns to, with its unlink address; null when none (the align form shows then) */
    public LinkRow getParent() {
        return parent;
    }

    /** Objectives aligned to it that the viewer may see, each with its unlink address */
    public List<LinkRow> getChildren() {
        return children;
    }

    /** Suggestions for the parent's key field from Jira's issue picker: objectives only */
    public IssuePickerField getPicker() {
        return picker;
    }
}
