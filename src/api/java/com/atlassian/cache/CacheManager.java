package com.atlassian.cache;

/** Declaration only (see src/api/README.md). The OSGi service; getCache is declared by CacheFactory. */
public interface CacheManager extends CacheFactory {
}
