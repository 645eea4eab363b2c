package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.history.ChangeItemBean;

import java.util.List;

/** Declaration only (see src/api/README.md). */
public interface ChangeHistoryManager {
    List<ChangeItemBean> getChangeItemsForField(Issue issue, String changeItemFieldName);
}
