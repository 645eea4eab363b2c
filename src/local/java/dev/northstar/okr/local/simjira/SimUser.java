package dev.northstar.okr.local.simjira;

import com.atlassian.jira.user.ApplicationUser;

/** A user of the simulated Jira: one of the demo users, with the rights {@link DemoUser} gives them. */
record SimUser(DemoUser user) implements ApplicationUser {
    @Override
    public String getKey() {
        return user.key();
    }

    @Override
    public String getDisplayName() {
        return user.displayName();
    }

    /** The demo users' user names are their keys. */
    @Override
    public String getUsername() {
        return user.key();
    }

    /** The demo users never leave. */
    @Override
    public boolean isActive() {
        return true;
    }
}
