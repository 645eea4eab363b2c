package com.atlassian.jira.issue.link;

import java.util.List;

/** Declaration only (see src/api/README.md). */
public interface IssueLinkManager {
    List<IssueLink> getOutwardLinks(Long sourceIssueId);

    List<IssueLink> getInwardLinks(Long destinationIssueId);
}
