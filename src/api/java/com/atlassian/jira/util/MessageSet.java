package com.atlassian.jira.util;

import java.util.Set;

/** Declaration only (see src/api/README.md). */
public interface MessageSet {
    boolean hasAnyErrors();

    Set<String> getErrorMessages();
}
