package dev.northstar.okr.host;

import java.util.Optional;

/**
 * Small, global key-value storage for the app's settings (plugin settings inside Jira). Values are short strings;
 * anything larger or per-issue belongs in the app's own tables.
 */
public interface SettingsStorage {

    Optional<String> get(String key);

    void put(String key, String value);

    void remove(String key);
}
