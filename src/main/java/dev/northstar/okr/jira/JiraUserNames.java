package dev.northstar.okr.jira;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import dev.northstar.okr.host.UserNames;

import java.util.Optional;

/**
 * Display names from Jira's user manager, by user key: the name Jira shows for the user now, an inactive user's
 * included. A deleted user has none, and the app then shows the stored key.
 */
public class JiraUserNames implements UserNames {
    private final UserManager users;

    public JiraUserNames(UserManager users) {
        this.users = users;
    }

    @Override
    public Optional<String> displayName(String userKey) {
        if (userKey == null || userKey.isBlank()) {
            return Optional.empty();
        }
        ApplicationUser user = users.getUserByKey(userKey);
        String name = user == null ? null : user.getDisplayName();
        return name == null || name.isBlank() ? Optional.empty() : Optional.of(name);
    }
}
