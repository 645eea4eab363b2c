package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

import java.io.Serializable;

/**
 * Declaration only (see src/api/README.md). The base class of the results of Jira's issue and link services; its
 * constructor is declared because the declared result classes extend it.
 */
public class ServiceResultImpl implements ServiceResult, Serializable {
    private static final long serialVersionUID = 1L;

    private final transient ErrorCollection errorCollection;

    public ServiceResultImpl(ErrorCollection errorCollection) {
        this.errorCollection = errorCollection;
    }

    @Override
    public boolean isValid() {
        return errorCollection == null || !errorCollection.hasAnyErrors();
    }

    @Override
    public ErrorCollection getErrorCollection() {
        return errorCollection;
    }
}
