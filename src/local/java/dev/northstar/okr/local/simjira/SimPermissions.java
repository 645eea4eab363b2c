package dev.northstar.okr.local.simjira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/**
 * The permission scheme and issue security of the simulated Jira, from each {@link DemoUser}'s rights: browse the
 * projects they are given, edit, create, link and delete issues when they may edit, administer projects as project administrators, and see
 * issues under a security level only when they are in it. Anonymous users may do nothing, as on a Jira without
 * anonymous access.
 */
final class SimPermissions implements PermissionManager, GlobalPermissionManager {
    private final SimulatedJira jira;

    SimPermissions(SimulatedJira jira) {
        this.jira = jira;
    }

    @Override
    public boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user) {
        return project != null && jira.project(project.getKey()) != null && allowed(permissionKey, project.getKey(),
                user);
    }

    @Override
    public boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user) {
        SimIssue sim = issue == null ? null : jira.issue(issue.getKey());
        return sim != null && allowed(permissionKey, sim.data().projectKey(), user)
                && (sim.data().securityLevel() == null || demoUser(user).secured());
    }

    @Override
    public boolean hasPermission(GlobalPermissionKey globalPermissionKey, ApplicationUser user) {
        return user instanceof SimUser sim && (globalPermissionKey == GlobalPermissionKey.ADMINISTER
                || globalPermissionKey == GlobalPermissionKey.SYSTEM_ADMIN) && sim.user().administrator();
    }

    private static boolean allowed(ProjectPermissionKey key, String project, ApplicationUser user) {
        if (!(user instanceof SimUser sim) || !sim.user().browses(project)) {
            return false;
        }
        DemoUser who = sim.user();
        if (key == ProjectPermissions.BROWSE_PROJECTS) {
            return true;
        }
        if (key == ProjectPermissions.EDIT_ISSUES || key == ProjectPermissions.CREATE_ISSUES
                || key == ProjectPermissions.LINK_ISSUES) {
            return who.edit();
        }
        return key == ProjectPermissions.ADMINISTER_PROJECTS && (who.administrator() || who.projectAdmin());
    }

    /** Jira's Delete Issues permission (the app does not ask it itself): who may edit the issue may delete it. */
    boolean mayDelete(Issue issue, ApplicationUser user) {
        return hasPermission(ProjectPermissions.EDIT_ISSUES, issue, user);
    }

    private static DemoUser demoUser(ApplicationUser user) {
        return ((SimUser) user).user();
    }
}
