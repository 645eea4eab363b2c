package dev.northstar.okr.ui;

/**
 * A key result an initiative drives, with its progress and the initiative's own share. Immutable; every text is
 * plain: the template engine escapes it.
 */
public final class DrivenRow {
    private final IssueRef target;
    private final KeyResultRow keyResult;
    private final IssueRef objective;
    private final String scopeLabel;
    private final ProgressView own;
    private final String message;

    public DrivenRow(
            IssueRef target, KeyResultRow keyResult, IssueRef objective, String scopeLabel, ProgressView own,
            String message) {
        this.target = target;
        this.keyResult = keyResult;
        this.objective = objective;
        this.scopeLabel = scopeLabel;
        this.own = own;
        this.message = message;
    }

    /** The key result as a link */
    public IssueRef getTarget() {
        return target;
    }

    /** Its figures; null with a message */
    public KeyResultRow getKeyResult() {
        return keyResult;
    }

    /** Its objective; null when hidden */
    public IssueRef getObjective() {
        return objective;
    }

    /** How the initiative is scoped for it */
    public String getScopeLabel() {
        return scopeLabel;
    }

    /** Done ratio of the initiative's own issues the caller may see; null when none */
    public ProgressView getOwn() {
        return own;
    }

    /** Why the key result cannot be shown; else null */
    public String getMessage() {
        return message;
    }
}
