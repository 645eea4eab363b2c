package com.atlassian.jira.util;

/** Declaration only (see src/api/README.md). */
public interface I18nHelper {
    String getText(String key, Object parameters);
}
