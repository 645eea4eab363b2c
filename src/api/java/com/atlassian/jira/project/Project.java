package com.atlassian.jira.project;

/** Declaration only (see src/api/README.md). */
public interface Project {
    String getKey();

    Long getId();
}
