package com.atlassian.jira.security.plugin;

/** Declaration only (see src/api/README.md). */
public final class ProjectPermissionKey {
    private final String key;

    public ProjectPermissionKey(String key) {
        this.key = key;
    }
}
