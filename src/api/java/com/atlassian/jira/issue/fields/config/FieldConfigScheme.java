package com.atlassian.jira.issue.fields.config;

/** Declaration only (see src/api/README.md): passed through, never called. */
public interface FieldConfigScheme {
}
