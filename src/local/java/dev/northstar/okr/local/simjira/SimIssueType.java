package dev.northstar.okr.local.simjira;

import com.atlassian.jira.issue.issuetype.IssueType;

/** An issue type of the simulated Jira: the export's types, and those the app's setup creates. */
record SimIssueType(String id, String name, boolean subTask) implements IssueType {
    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean isSubTask() {
        return subTask;
    }
}
