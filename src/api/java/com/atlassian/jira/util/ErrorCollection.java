package com.atlassian.jira.util;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Declaration only (see src/api/README.md). Jira's refusal of a service call: messages by field id, general messages,
 * and the reasons (an enum Jira names ErrorCollection.Reason, read by name: FORBIDDEN, NOT_FOUND, VALIDATION_FAILED,
 * NOT_LOGGED_IN...), declared as a wildcard set so that the nested enum need not be declared.
 */
public interface ErrorCollection {
    Map<String, String> getErrors();

    Collection<String> getErrorMessages();

    boolean hasAnyErrors();

    Set<?> getReasons();
}
