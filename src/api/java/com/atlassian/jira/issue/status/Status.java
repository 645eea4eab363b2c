package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.status.category.StatusCategory;

/** Declaration only (see src/api/README.md). */
public interface Status {
    String getId();

    StatusCategory getStatusCategory();
}
