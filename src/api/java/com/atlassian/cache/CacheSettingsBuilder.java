package com.atlassian.cache;

import java.util.concurrent.TimeUnit;

/**
 * Declaration only (see src/api/README.md). A class in atlassian-cache (constructed with new, methods called with
 * invokevirtual); the bodies here only let tests run and are never packaged.
 */
public class CacheSettingsBuilder {
    public CacheSettingsBuilder() {
    }

    public CacheSettings build() {
        return new CacheSettings() {
        };
    }

    public CacheSettingsBuilder expireAfterWrite(long expireAfter, TimeUnit timeUnit) {
        return this;
    }

    public CacheSettingsBuilder flushable() {
        return this;
    }

    public CacheSettingsBuilder maxEntries(int maxEntries) {
        return this;
    }

    public CacheSettingsBuilder remote() {
        return this;
    }

    public CacheSettingsBuilder replicateAsynchronously() {
        return this;
    }

    public CacheSettingsBuilder replicateViaInvalidation() {
        return this;
    }
}
