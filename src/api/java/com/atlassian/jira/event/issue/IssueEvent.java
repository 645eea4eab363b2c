package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

import java.util.Map;

/**
 * Declaration only (see src/api/README.md). A final class in Jira (it extends AbstractEvent and implements
 * IssueRelatedEvent there; neither is declared here, as the app calls only these members), so its getters are
 * called with invokevirtual.
 */
public final class IssueEvent {
    private final Issue issue;
    private final Long eventTypeId;

    public IssueEvent(Issue issue, Map params, ApplicationUser user, Long eventTypeId) {
        this.issue = issue;
        this.eventTypeId = eventTypeId;
    }

    public Issue getIssue() {
        return issue;
    }

    public Long getEventTypeId() {
        return eventTypeId;
    }
}
