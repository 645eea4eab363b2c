package com.atlassian.query;

/** Declaration only (see src/api/README.md). */
public interface Query {
}
