package com.atlassian.jira.user;

/** Declaration only (see src/api/README.md). */
public interface ApplicationUser {
    String getKey();

    String getDisplayName();

    boolean isActive();

    String getUsername();
}
