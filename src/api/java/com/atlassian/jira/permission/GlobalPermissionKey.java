package com.atlassian.jira.permission;

/** Declaration only (see src/api/README.md). */
public final class GlobalPermissionKey {
    public static final GlobalPermissionKey ADMINISTER = new GlobalPermissionKey("ADMINISTER");
    public static final GlobalPermissionKey SYSTEM_ADMIN = new GlobalPermissionKey("SYSTEM_ADMIN");

    private final String key;

    private GlobalPermissionKey(String key) {
        this.key = key;
    }
}
