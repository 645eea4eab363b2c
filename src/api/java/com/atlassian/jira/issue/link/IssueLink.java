package com.atlassian.jira.issue.link;

import com.atlassian.jira.issue.Issue;

/** Declaration only (see src/api/README.md). */
public interface IssueLink {
    Long getLinkTypeId();

    Issue getSourceObject();

    Issue getDestinationObject();
}
