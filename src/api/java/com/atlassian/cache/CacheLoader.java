package com.atlassian.cache;

/** Declaration only (see src/api/README.md): named in getCache's signature; the app passes none. */
public interface CacheLoader<K, V> {
}
