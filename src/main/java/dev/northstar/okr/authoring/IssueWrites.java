package dev.northstar.okr.authoring;

/**
 * What the app asks Jira to write, as the logged-in user, in the app's terms. Every write is validated by Jira first
 * and made only when valid; each answers {@link Written}: done, or Jira's refusal in Jira's words. Nothing here
 * throws for a refusal: the caller decides how to report it (and what to undo).
 */
public interface IssueWrites {

    /** Whether Jira lets the user create issues in the project (its Create Issues permission). */
    boolean mayCreate(String projectKey);

    /** Whether Jira lets the user link issues in the project (its Link Issues permission). */
    boolean mayLinkIn(String projectKey);

    /** Whether Jira lets the user link from the issue (Link Issues on the issue's project, and browse it). */
    boolean mayLink(String issueKey);

    /** Asks Jira whether it would create the issue, creating nothing: its validation alone. */
    Written<Void> check(NewIssue issue);

    /** Creates the issue with the user as its reporter; answers its key. */
    Written<String> create(NewIssue issue);

    /** Sets (or clears) the given fields of the issue, leaving every other field as it is; Jira records the history. */
    Written<Void> update(String issueKey, java.util.List<FieldValue> values);

    /** Deletes the issue (used to undo a create that could not be finished). */
    Written<Void> delete(String issueKey);

    /** Creates the link, acting from {@link LinkChange#actingKey()} (whose project's Link Issues permission counts). */
    Written<Void> link(LinkChange link);

    /**
     * Removes the links of the change's type between the two issues in the change's direction, acting from its
     * acting issue. A link that is not there is not an error: nothing is removed.
     */
    Written<Void> unlink(LinkChange link);
}
