package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

/** Declaration only (see src/api/README.md). What every result of Jira's business services answers. */
public interface ServiceResult {
    boolean isValid();

    ErrorCollection getErrorCollection();
}
