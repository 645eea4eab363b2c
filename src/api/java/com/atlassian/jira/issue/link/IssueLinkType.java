package com.atlassian.jira.issue.link;

/** Declaration only (see src/api/README.md). */
public interface IssueLinkType {
    Long getId();

    String getName();

    String getOutward();

    String getInward();
}
