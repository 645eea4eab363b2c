package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/** Declaration only (see src/api/README.md). */
public interface GlobalPermissionManager {
    boolean hasPermission(GlobalPermissionKey globalPermissionKey, ApplicationUser user);
}
