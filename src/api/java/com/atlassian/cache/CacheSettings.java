package com.atlassian.cache;

/** Declaration only (see src/api/README.md): made by CacheSettingsBuilder, passed through. */
public interface CacheSettings {
}
