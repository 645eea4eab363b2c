package com.atlassian.cache;

/** Declaration only (see src/api/README.md). */
public interface CacheFactory {
    <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings required);
}
