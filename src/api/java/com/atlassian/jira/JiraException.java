package com.atlassian.jira;

/** Declaration only (see src/api/README.md). The superclass of Jira's checked exceptions, SearchException among them. */
public class JiraException extends Exception {
    private static final long serialVersionUID = 1L;

    public JiraException(String s) {
        super(s);
    }
}
