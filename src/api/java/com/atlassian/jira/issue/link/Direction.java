package com.atlassian.jira.issue.link;

/** Declaration only (see src/api/README.md): a link seen from one issue, outward (it is the source) or inward. */
public enum Direction {
    IN,
    OUT
}
