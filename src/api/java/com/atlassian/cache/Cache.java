package com.atlassian.cache;

/** Declaration only (see src/api/README.md). */
public interface Cache<K, V> {
    V get(K key, Supplier<? extends V> valueSupplier);

    void remove(K key);

    void removeAll();
}
