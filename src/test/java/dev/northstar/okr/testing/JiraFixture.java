package dev.northstar.okr.testing;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import dev.northstar.okr.host.BundleTexts;
import dev.northstar.okr.jira.JiraAccess;
import dev.northstar.okr.jira.PluginSettingsStorage;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Jira's own services, mocked (they cannot run here), with a switchable current user; and the app's real Jira
 * adapters on top of them. Tests act as {@link #anonymous()}, {@link #user()} or {@link #administrator()}.
 */
public final class JiraFixture {
    public final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    public final GlobalPermissionManager globalPermissions = mock(GlobalPermissionManager.class);
    public final PermissionManager permissions = mock(PermissionManager.class);
    public final ProjectManager projects = mock(ProjectManager.class);
    public final IssueManager issues = mock(IssueManager.class);
    public final PluginSettingsFactory pluginSettingsFactory = mock(PluginSettingsFactory.class);
    /** What SAL would keep in Jira's database. */
    public final Map<String, Object> pluginSettings = new ConcurrentHashMap<>();

    public final ApplicationUser alice = user("alice", "Alice Kim");
    public final ApplicationUser admin = user("admin", "Ada Admin");

    public final JiraAccess access = new JiraAccess(authentication, globalPermissions, permissions, projects, issues);
    public final PluginSettingsStorage settingsStorage = new PluginSettingsStorage(pluginSettingsFactory);
    public final BundleTexts texts = new BundleTexts(authentication::getLocale);

    public JiraFixture() {
        when(authentication.getLocale()).thenReturn(Locale.ENGLISH);
        when(globalPermissions.hasPermission(eq(GlobalPermissionKey.ADMINISTER), any())).thenAnswer(
                call -> call.getArgument(1) == admin);
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
    }

    private static ApplicationUser user(String key, String name) {
        ApplicationUser user = mock(ApplicationUser.class, key);
        when(user.getKey()).thenReturn(key);
        when(user.getDisplayName()).thenReturn(name);
        return user;
    }

    public JiraFixture anonymous() {
        when(authentication.getLoggedInUser()).thenReturn(null);
        return this;
    }

    public JiraFixture user() {
        when(authentication.getLoggedInUser()).thenReturn(alice);
        return this;
    }

    public JiraFixture administrator() {
        when(authentication.getLoggedInUser()).thenReturn(admin);
        return this;
    }

    public JiraFixture speaking(Locale locale) {
        when(authentication.getLocale()).thenReturn(locale);
        return this;
    }
}
