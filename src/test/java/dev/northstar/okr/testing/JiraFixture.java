package dev.northstar.okr.testing;

import com.atlassian.jira.issue.Issue;
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
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import dev.northstar.okr.host.BundleTexts;
import dev.northstar.okr.jira.JiraAccess;
import dev.northstar.okr.jira.PluginSettingsStorage;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Jira's own services, mocked (they cannot run here) over a small permission model, with the app's real Jira
 * adapters on top. Tests act as one of the {@link Role}s of the permission matrix; projects and issues are
 * declared with {@link #project} and {@link #issue}; {@link #secure} puts an issue under issue security.
 */
public final class JiraFixture {

    /** The permission matrix every REST endpoint is tested against. */
    public enum Role {
        /** Not logged in. */
        ANONYMOUS,
        /** Logged in, but may not browse the project. */
        OUTSIDER,
        /** May browse the project's issues, not edit them. */
        VIEWER,
        /** May browse and edit the project's issues. */
        MEMBER,
        /** Administers the project (and browses and edits it). */
        PROJECT_ADMIN,
        /** Jira administrator (and, as usual in real instances, a project admin everywhere). */
        JIRA_ADMIN
    }

    public final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    public final GlobalPermissionManager globalPermissions = mock(GlobalPermissionManager.class);
    public final PermissionManager permissions = mock(PermissionManager.class);
    public final ProjectManager projects = mock(ProjectManager.class);
    public final IssueManager issues = mock(IssueManager.class);
    public final PluginSettingsFactory pluginSettingsFactory = mock(PluginSettingsFactory.class);
    /** Jira's users by key: the roles' users, each active until {@link #deactivate}. */
    public final UserManager userManager = mock(UserManager.class);
    /** What SAL would keep in Jira's database. */
    public final Map<String, Object> pluginSettings = new ConcurrentHashMap<>();

    private final Map<Role, ApplicationUser> users = new HashMap<>();
    private final Map<String, Project> projectsByKey = new HashMap<>();
    private final Map<String, MutableIssue> issuesByKey = new HashMap<>();
    private final Map<Object, String> projectOf = new HashMap<>();
    private final Set<String> secured = new HashSet<>();
    private final Set<String> restricted = new HashSet<>();

    public final JiraAccess access = new JiraAccess(authentication, globalPermissions, permissions, projects, issues);
    public final PluginSettingsStorage settingsStorage = new PluginSettingsStorage(pluginSettingsFactory);
    public final BundleTexts texts = new BundleTexts(authentication::getLocale);

    public JiraFixture() {
        for (Role role : Role.values()) {
            if (role != Role.ANONYMOUS) {
                users.put(role, user(role.name().toLowerCase(Locale.ROOT), role.name()));
            }
        }
        when(authentication.getLocale()).thenReturn(Locale.ENGLISH);
        when(globalPermissions.hasPermission(eq(GlobalPermissionKey.ADMINISTER), any())).thenAnswer(
                call -> call.getArgument(1) != null && call.getArgument(1) == users.get(Role.JIRA_ADMIN));
        when(projects.getProjectObjByKey(anyString())).thenAnswer(call -> projectsByKey.get(call.<String>getArgument(0)));
        when(userManager.getUserByKey(anyString())).thenAnswer(call -> users.values().stream()
                .filter(u -> u.getKey().equals(call.getArgument(0))).findFirst().orElse(null));
        when(issues.getIssueObject(anyString())).thenAnswer(call -> issuesByKey.get(call.<String>getArgument(0)));
        when(permissions.hasPermission(any(ProjectPermissionKey.class), any(Project.class), any()))
                .thenAnswer(call -> allowed(call.getArgument(0), call.getArgument(1), call.getArgument(2)));
        when(permissions.hasPermission(any(ProjectPermissionKey.class), any(Issue.class), any()))
                .thenAnswer(call -> allowed(call.getArgument(0), call.getArgument(1), call.getArgument(2)));
        PluginSettings settings = new PluginSettings() {
            @Override
            public Object get(String key) {
                return pluginSettings.get(key);
            }

            @Override
            public Object put(String key, Object value) {
                return value == null ? pluginSettings.remove(key) : pluginSettings.put(key, value);
            }

            @Override
            public Object remove(String key) {
                return pluginSettings.remove(key);
            }
        };
        when(pluginSettingsFactory.createGlobalSettings()).thenReturn(settings);
        as(Role.ANONYMOUS);
    }

    private static ApplicationUser user(String key, String name) {
        ApplicationUser user = mock(ApplicationUser.class, key);
        when(user.getKey()).thenReturn(key);
        when(user.getDisplayName()).thenReturn(name);
        when(user.getUsername()).thenReturn(key);
        when(user.isActive()).thenReturn(true);
        return user;
    }

    /** Deactivates the role's user in Jira: found by key still, but no longer active. */
    public JiraFixture deactivate(Role role) {
        when(users.get(role).isActive()).thenReturn(false);
        return this;
    }

    /** The Jira user standing for a role (null for anonymous). */
    public ApplicationUser userOf(Role role) {
        return users.get(role);
    }

    /** Declares a project; every role's rights apply to it. */
    public Project project(String key) {
        return projectsByKey.computeIfAbsent(key, k -> {
            Project project = mock(Project.class, "project " + k);
            when(project.getKey()).thenReturn(k);
            when(project.getId()).thenReturn(10_000L + projectsByKey.size());
            projectOf.put(project, k);
            return project;
        });
    }

    /** Declares an issue in its project (the project part of the key). */
    public MutableIssue issue(String key) {
        return issuesByKey.computeIfAbsent(key, k -> {
            String projectKey = k.substring(0, k.indexOf('-'));
            project(projectKey);
            MutableIssue issue = mock(MutableIssue.class, "issue " + k);
            when(issue.getKey()).thenReturn(k);
            when(issue.getId()).thenReturn(20_000L + issuesByKey.size());
            projectOf.put(issue, projectKey);
            return issue;
        });
    }

    /** Puts the issue under issue security: only project and Jira admins see it. */
    public JiraFixture secure(String issueKey) {
        issue(issueKey);
        secured.add(issueKey);
        return this;
    }

    /** Restricts a project to its administrators: below project admin, nobody may browse it or its issues. */
    public JiraFixture restrict(String projectKey) {
        project(projectKey);
        restricted.add(projectKey);
        return this;
    }

    /** Deletes an issue: Jira no longer finds it. */
    public JiraFixture delete(String issueKey) {
        issuesByKey.remove(issueKey);
        return this;
    }

    public JiraFixture as(Role role) {
        when(authentication.getLoggedInUser()).thenReturn(users.get(role));
        return this;
    }

    public JiraFixture anonymous() {
        return as(Role.ANONYMOUS);
    }

    public JiraFixture user() {
        return as(Role.OUTSIDER);
    }

    public JiraFixture administrator() {
        return as(Role.JIRA_ADMIN);
    }

    public JiraFixture speaking(Locale locale) {
        when(authentication.getLocale()).thenReturn(locale);
        return this;
    }

    private boolean allowed(ProjectPermissionKey permission, Object target, ApplicationUser user) {
        Role role = roleOf(user);
        String projectKey = projectOf.get(target);
        if (role == null || projectKey == null) {
            return false;
        }
        int rank = role.ordinal();
        boolean admin = rank >= Role.PROJECT_ADMIN.ordinal();
        if (target instanceof Issue issue && secured.contains(issue.getKey()) && !admin) {
            return false;
        }
        if (restricted.contains(projectKey) && !admin) {
            return false;
        }
        if (permission == ProjectPermissions.BROWSE_PROJECTS) {
            return rank >= Role.VIEWER.ordinal();
        }
        if (permission == ProjectPermissions.EDIT_ISSUES || permission == ProjectPermissions.CREATE_ISSUES
                || permission == ProjectPermissions.LINK_ISSUES) {
            return rank >= Role.MEMBER.ordinal();
        }
        if (permission == ProjectPermissions.ADMINISTER_PROJECTS) {
            return admin;
        }
        return false;
    }

    private Role roleOf(ApplicationUser user) {
        if (user == null) {
            return null;
        }
        return users.entrySet().stream().filter(e -> e.getValue() == user).map(Map.Entry::getKey).findFirst()
                .orElse(null);
    }
}
