package com.atlassian.sal.api.pluginsettings;

/** Declaration only (see src/api/README.md). */
public interface PluginSettingsFactory {
    PluginSettings createGlobalSettings();
}
