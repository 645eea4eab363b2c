package dev.northstar.okr.jira;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import dev.northstar.okr.host.Access;
import dev.northstar.okr.host.Caller;

import java.util.Optional;

/**
 * Jira's permission scheme, issue security and global permissions behind the app's {@link Access}. The user is
 * looked up again from the request's authentication context on each call rather than kept, so a permission change
 * in Jira applies at once.
 */
public class JiraAccess implements Access {
    private final JiraAuthenticationContext authentication;
    private final GlobalPermissionManager globalPermissions;
    private final PermissionManager permissions;
    private final ProjectManager projects;
    private final IssueManager issues;

    public JiraAccess(JiraAuthenticationContext authentication, GlobalPermissionManager globalPermissions,
                      PermissionManager permissions, ProjectManager projects, IssueManager issues) {
        this.authentication = authentication;
        this.globalPermissions = globalPermissions;
        this.permissions = permissions;
        this.projects = projects;
        this.issues = issues;
    }

    @Override
    public Optional<Caller> caller() {
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null) {
            return Optional.empty();
        }
        return Optional.of(new Caller(user.getKey(), user.getDisplayName(), authentication.getLocale()));
    }

    @Override
    public boolean isAdministrator(Caller caller) {
        ApplicationUser user = userFor(caller);
        return user != null && (globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, user)
                || globalPermissions.hasPermission(GlobalPermissionKey.SYSTEM_ADMIN, user));
    }

    @Override
    public boolean isProjectAdministrator(Caller caller, String projectKey) {
        return onProject(ProjectPermissions.ADMINISTER_PROJECTS, caller, projectKey);
    }

    @Override
    public boolean canBrowseProject(Caller caller, String projectKey) {
        return onProject(ProjectPermissions.BROWSE_PROJECTS, caller, projectKey);
    }

    @Override
    public boolean canBrowseIssue(Caller caller, String issueKey) {
        return onIssue(ProjectPermissions.BROWSE_PROJECTS, caller, issueKey);
    }

    @Override
    public boolean canEditIssue(Caller caller, String issueKey) {
        return onIssue(ProjectPermissions.EDIT_ISSUES, caller, issueKey);
    }

    private boolean onProject(ProjectPermissionKey permission, Caller caller, String projectKey) {
        Project project = projectKey == null ? null : projects.getProjectObjByKey(projectKey);
        return project != null && permissions.hasPermission(permission, project, userFor(caller));
    }

    private boolean onIssue(ProjectPermissionKey permission, Caller caller, String issueKey) {
        MutableIssue issue = issueKey == null ? null : issues.getIssueObject(issueKey);
        return issue != null && permissions.hasPermission(permission, issue, userFor(caller));
    }

    /**
     * The Jira user for a caller of this request. Callers only ever come from {@link #caller()}, so the logged-in
     * user is the one; anything else (a stale caller) is treated as anonymous.
     */
    private ApplicationUser userFor(Caller caller) {
        ApplicationUser user = authentication.getLoggedInUser();
        return caller != null && user != null && caller.key().equals(user.getKey()) ? user : null;
    }
}
