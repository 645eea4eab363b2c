package com.atlassian.cache;

/** Declaration only (see src/api/README.md). */
public interface Cache<K, V> {
    V get(K key, Supplier<? extends V> valueSupplier);

    /** This node's value, or null: the app's cache has no loader, so nothing is loaded. */
    V get(K key);

    void remove(K key);

    void removeAll();
}
