package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/** Declaration only (see src/api/README.md). */
public interface UserManager {
    ApplicationUser getUserByKey(String userKey);
}
