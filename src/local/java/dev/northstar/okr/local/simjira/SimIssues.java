package dev.northstar.okr.local.simjira;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;

/** Jira's issue and project lookups over the data set. */
final class SimIssues implements IssueManager, ProjectManager {
    private final SimulatedJira jira;

    SimIssues(SimulatedJira jira) {
        this.jira = jira;
    }

    @Override
    public MutableIssue getIssueObject(String key) {
        return key == null ? null : jira.issue(key);
    }

    @Override
    public Project getProjectObjByKey(String projectKey) {
        return projectKey == null ? null : jira.project(projectKey);
    }
}
