package com.atlassian.cache;

/** Declaration only (see src/api/README.md). A lambda target: its single method's name and descriptor matter. */
public interface Supplier<T> {
    T get();
}
