package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.history.ChangeItemBean;

import java.util.Collection;

/** Declaration only (see src/api/README.md). */
public interface IssueChangedEvent {
    Issue getIssue();

    Collection<ChangeItemBean> getChangeItems();
}
