package com.atlassian.jira.issue.search;

/** Declaration only (see src/api/README.md). */
public class SearchException extends com.atlassian.jira.JiraException {
    private static final long serialVersionUID = 1L;

    public SearchException(String message) {
        super(message);
    }
}
