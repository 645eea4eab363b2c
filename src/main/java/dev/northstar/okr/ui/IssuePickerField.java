package dev.northstar.okr.ui;

/**
 * What a key field needs to suggest issues as the user types: the address of Jira's own issue picker REST resource
 * ({@code GET /rest/api/2/issue/picker}, asked from the browser as the logged-in user, so Jira answers only issues they
 * may browse), the JQL that narrows its suggestions to the kind of issue the field takes, and the issue the field is
 * used on (never suggested). Immutable; every text is plain: the template engine escapes it.
 */
public final class IssuePickerField {
    /** Jira's issue picker REST resource, after the context path. */
    static final String PICKER = "/rest/api/2/issue/picker";

    private final String path;
    private final String jql;
    private final String issueKey;

    IssuePickerField(String path, String jql, String issueKey) {
        this.path = path;
        this.jql = jql == null ? "" : jql;
        this.issueKey = issueKey;
    }

    /** Jira's issue picker REST resource with the context path */
    public String getPath() {
        return path;
    }

    /** The picker's currentJQL, e.g. "issuetype = 10100"; empty when the app's issue types are not known */
    public String getJql() {
        return jql;
    }

    /** The key of the issue the field is used on */
    public String getIssueKey() {
        return issueKey;
    }
}
