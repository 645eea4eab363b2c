package com.atlassian.sal.api.transaction;

/** Declaration only (see src/api/README.md). */
public interface TransactionCallback<T> {
    T doInTransaction();
}
