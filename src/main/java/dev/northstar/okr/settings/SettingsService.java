package dev.northstar.okr.settings;

import dev.northstar.okr.errors.InvalidInputException;
import dev.northstar.okr.host.OkrCache;
import dev.northstar.okr.host.SettingsStorage;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads and writes {@link AppSettings}. Each setting is its own storage entry, so a value written by a newer or
 * older version of the app, or edited by hand, only ever costs that one setting (it falls back to its default)
 * and is kept until an admin saves a new value. Nothing is cached: settings are read from shared storage on every
 * call, so all cluster nodes agree.
 */
public class SettingsService {
    static final String PREFIX = "dev.northstar.okr.settings.";

    private final SettingsStorage storage;
    private final OkrCache cache;

    /** Settings whose changes drop nothing cached (for tests and tools without the app's cache). */
    public SettingsService(SettingsStorage storage) {
        this(storage, null);
    }

    /**
     * @param cache the app's cache, cleared on every node when the settings are saved: the fields chosen for story
     *              points and sprints decide what is read of every issue. This is the app's only instance-wide clear;
     *              an issue change never clears anything but its own entries.
     */
    public SettingsService(SettingsStorage storage, OkrCache cache) {
        this.storage = storage;
        this.cache = cache;
    }

    /** The settings in force: stored values where they are valid, defaults elsewhere. */
    public AppSettings current() {
        AppSettings d = AppSettings.DEFAULTS;
        try {
            return new AppSettings(
                number("paceOnTrack", d.paceOnTrack()),
                number("paceAtRisk", d.paceAtRisk()),
                number("justStartedBelow", d.justStartedBelow()),
                read("staleDays", Integer::valueOf, d.staleDays()),
                read("enabledProjects", SettingsService::list, d.enabledProjects()),
                read("storyPointsField", Function.identity(), d.storyPointsField()),
                read("sprintField", Function.identity(), d.sprintField()),
                number("weightToDo", d.weightToDo()),
                number("weightInProgress", d.weightInProgress()),
                number("weightDone", d.weightDone()));
        } catch (InvalidInputException inconsistent) {
            // Each value parsed but together they break a rule (a half-finished write, a hand edit): the
            // defaults are safe, and the stored values stay for the admin to correct.
            return d;
        }
    }

    /** Stores every setting of {@code settings} (already valid by construction) and returns them. */
    public AppSettings update(AppSettings settings) {
        put("paceOnTrack", Double.toString(settings.paceOnTrack()));
        put("paceAtRisk", Double.toString(settings.paceAtRisk()));
        put("justStartedBelow", Double.toString(settings.justStartedBelow()));
        put("staleDays", Integer.toString(settings.staleDays()));
        put("enabledProjects", String.join(",", settings.enabledProjects()));
        put("storyPointsField", settings.storyPointsField());
        put("sprintField", settings.sprintField());
        put("weightToDo", Double.toString(settings.weightToDo()));
        put("weightInProgress", Double.toString(settings.weightInProgress()));
        put("weightDone", Double.toString(settings.weightDone()));
        if (cache != null) {
            cache.clear();
        }
        return current();
    }

    private void put(String name, String value) {
        storage.put(PREFIX + name, value);
    }

    private double number(String name, double fallback) {
        return read(name, Double::valueOf, fallback);
    }

    private <T> T read(String name, Function<String, T> parse, T fallback) {
        Optional<String> raw = storage.get(PREFIX + name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            return parse.apply(raw.get().trim());
        } catch (RuntimeException unreadable) {
            return fallback;
        }
    }

    private static List<String> list(String raw) {
        return raw.isEmpty() ? List.of() : Arrays.stream(raw.split(",")).map(String::trim).toList();
    }
}
