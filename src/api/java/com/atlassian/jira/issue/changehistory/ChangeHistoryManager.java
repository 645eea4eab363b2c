package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.history.ChangeItemBean;

import java.util.Collection;
import java.util.List;

/** Declaration only (see src/api/README.md). */
public interface ChangeHistoryManager {
    List<ChangeItemBean> getChangeItemsForField(Issue issue, String changeItemFieldName);

    /** The change groups of many issues holding changes to the named fields, in one read. */
    List<ChangeHistory> getChangeItemsWithFieldsForIssues(Collection<Issue> issues, Collection<String> fieldNames);
}
