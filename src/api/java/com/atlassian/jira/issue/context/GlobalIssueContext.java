package com.atlassian.jira.issue.context;

/**
 * Declaration only (see src/api/README.md). getInstance returns the interface JiraContextNode, not this class: the
 * return type is part of the descriptor the app links to.
 */
public class GlobalIssueContext implements JiraContextNode {
    private static final GlobalIssueContext INSTANCE = new GlobalIssueContext();

    private GlobalIssueContext() {
    }

    public static JiraContextNode getInstance() {
        return INSTANCE;
    }
}
