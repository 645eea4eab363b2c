package dev.northstar.okr.ui;

import java.util.List;

/**
 * A form that links issues of one kind to the issue shown (initiatives to a key result, key results to an
 * initiative), with the issues linked so far and their unlink buttons; shown only to people Jira lets link the
 * issue. Immutable; every text is plain: the template engine escapes it.
 */
public final class LinkControls {
    private final String postPath;
    private final String fieldName;
    private final List<LinkRow> rows;
    private final IssuePickerField picker;

    public LinkControls(String postPath, String fieldName, List<LinkRow> rows, IssuePickerField picker) {
        this.postPath = postPath;
        this.fieldName = fieldName;
        this.rows = List.copyOf(rows);
        this.picker = picker;
    }

    /** The same controls listing only these linked issues (the others are listed elsewhere on the panel). */
    LinkControls withRows(List<LinkRow> shown) {
        return new LinkControls(postPath, fieldName, shown, picker);
    }

    /** REST address that makes the link (POST) */
    public String getPostPath() {
        return postPath;
    }

    /** The request field naming the other issue's key, e.g. issueKey */
    public String getFieldName() {
        return fieldName;
    }

    /** The issues linked now that the viewer may see */
    public List<LinkRow> getRows() {
        return rows;
    }

    /** Suggestions for the key field from Jira's issue picker */
    public IssuePickerField getPicker() {
        return picker;
    }
}
