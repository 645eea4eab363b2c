package dev.northstar.okr.testing;

import dev.northstar.okr.host.SettingsStorage;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Settings storage in a map, standing in for SAL's plugin settings. */
public final class MemorySettingsStorage implements SettingsStorage {
    public final Map<String, String> values = new ConcurrentHashMap<>();

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public void put(String key, String value) {
        values.put(key, value);
    }

    @Override
    public void remove(String key) {
        values.remove(key);
    }
}
