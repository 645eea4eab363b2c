package dev.northstar.okr.jira;

import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import dev.northstar.okr.host.SettingsStorage;

import java.util.Optional;

/**
 * Settings in SAL's global plugin settings (Jira's database, shared by every cluster node). A fresh
 * PluginSettings is taken on each call, as SAL advises, so nothing stale is kept between requests.
 */
public class PluginSettingsStorage implements SettingsStorage {
    private final PluginSettingsFactory factory;

    public PluginSettingsStorage(PluginSettingsFactory factory) {
        this.factory = factory;
    }

    @Override
    public Optional<String> get(String key) {
        Object value = factory.createGlobalSettings().get(key);
        return value instanceof String text ? Optional.of(text) : Optional.empty();
    }

    @Override
    public void put(String key, String value) {
        factory.createGlobalSettings().put(key, value);
    }

    @Override
    public void remove(String key) {
        factory.createGlobalSettings().remove(key);
    }
}
