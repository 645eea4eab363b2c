package com.atlassian.sal.api.pluginsettings;

/** Declaration only (see src/api/README.md). */
public interface PluginSettings {
    Object get(String key);

    Object put(String key, Object value);

    Object remove(String key);
}
