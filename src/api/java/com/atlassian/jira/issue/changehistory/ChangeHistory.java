package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.user.util.UserManager;
import org.ofbiz.core.entity.GenericValue;

import java.sql.Timestamp;
import java.util.List;

/**
 * Declaration only (see src/api/README.md). One change group of an issue (one edit), with its change items. A class in
 * Jira, so its getters are called with invokevirtual. The constructor is declared for the simulated Jira only, which
 * subclasses it; the app never creates one.
 */
public class ChangeHistory {
    public ChangeHistory(GenericValue changeHistoryGV, IssueManager issueManager, UserManager userManager) {
    }

    public Long getIssueId() {
        return null;
    }

    public List<ChangeItemBean> getChangeItemBeans() {
        return List.of();
    }

    public Timestamp getTimePerformed() {
        return null;
    }
}
