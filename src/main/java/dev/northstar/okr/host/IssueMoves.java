package dev.northstar.okr.host;

/**
 * Something in the app that stores issue keys and must follow an issue when it gets a new key: Jira gives an issue
 * a new key when it is moved to another project, and the old key then only redirects in Jira's own screens.
 * Every component of this type is told of every move, on the node where the move happened.
 */
public interface IssueMoves {

    /**
     * Re-keys stored data from {@code oldKey} to {@code newKey}. Must be idempotent (the same move may be reported
     * twice) and must not fail when nothing is stored under {@code oldKey}.
     */
    void rename(String oldKey, String newKey);
}
