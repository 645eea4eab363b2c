package com.atlassian.jira.user.util;

/** Declaration only (see src/api/README.md): named by {@code ChangeHistory}'s constructor, never used by the app. */
public interface UserManager {
}
