package com.atlassian.jira.config;

import com.atlassian.jira.issue.status.Status;

import java.util.Collection;

/** Declaration only (see src/api/README.md). */
public interface StatusManager {
    Collection<Status> getStatuses();
}
