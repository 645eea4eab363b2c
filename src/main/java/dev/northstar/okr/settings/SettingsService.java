package dev.northstar.okr.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.northstar.okr.errors.InvalidInputException;
import dev.northstar.okr.host.ClusterLocks;
import dev.northstar.okr.host.OkrCache;
import dev.northstar.okr.host.SettingsStorage;
import dev.northstar.okr.storage.ItemLocks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Reads and writes {@link AppSettings}, kept as one JSON document in one storage entry: a write replaces all of them
 * at once, so that a reader never sees half of one write and half of another. Writes are read-merge-writes under one
 * cluster-wide lock, so concurrent changes (two admins, an admin and "enable project") apply one after the other and
 * neither loses the other's settings. Nothing is cached: settings are read from shared storage on every call, so all
 * cluster nodes agree.
 *
 * <p>Reading is forgiving, one rule at a time: a value that cannot be read (written by another version, edited by
 * hand), or that breaks a rule together with the values it belongs with, falls back to its default with those values
 * only; every other setting keeps its stored value. Settings stored one entry each by earlier versions are read until
 * the first write replaces them with the document.
 */
public class SettingsService {
    static final String PREFIX = "dev.northstar.okr.settings.";
    /** The one entry holding every setting. */
    static final String DOCUMENT = PREFIX + "document";
    /** The settings by name, grouped by the rules that tie them: a broken rule resets its group only. */
    private static final List<List<String>> GROUPS = List.of(List.of("paceOnTrack", "paceAtRisk"),
            List.of("justStartedBelow"), List.of("staleDays"), List.of("enabledProjects"), List.of("storyPointsField"),
            List.of("sprintField"), List.of("weightToDo", "weightInProgress", "weightDone"), List.of("hiddenIssues"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SettingsStorage storage;
    private final ItemLocks locks;
    private final OkrCache cache;

    /**
     * With Jira's cluster-wide lock and the app's cache: the constructor the app is wired with.
     *
     * @param cache the app's cache, cleared on every node when the settings are saved: the fields chosen for story
     *              points and sprints decide what is read of every issue. This is the app's only instance-wide clear;
     *              an issue change never clears anything but its own entries.
     */
    public SettingsService(SettingsStorage storage, ClusterLocks clusterLocks, OkrCache cache) {
        this(storage, new ItemLocks(clusterLocks, "settings"), cache);
    }

    /** With Jira's cluster-wide lock, dropping nothing cached when saved (tests and tools without the app's cache). */
    public SettingsService(SettingsStorage storage, ClusterLocks clusterLocks) {
        this(storage, new ItemLocks(clusterLocks, "settings"), null);
    }

    /** For one node on its own (tests): writes are one at a time within this JVM only. */
    public SettingsService(SettingsStorage storage) {
        this(storage, ItemLocks.inThisJvm("settings"), null);
    }

    /** For one node on its own with the app's cache (tests). */
    public SettingsService(SettingsStorage storage, OkrCache cache) {
        this(storage, ItemLocks.inThisJvm("settings"), cache);
    }

    private SettingsService(SettingsStorage storage, ItemLocks locks, OkrCache cache) {
        this.storage = storage;
        this.locks = locks;
        this.cache = cache;
    }

    /** The settings in force: stored values where they are valid, defaults elsewhere. */
    public AppSettings current() {
        return readable(stored());
    }

    /** Stores every setting of {@code settings} (already valid by construction) and returns them. */
    public AppSettings update(AppSettings settings) {
        return update(now -> settings);
    }

    /**
     * Applies {@code change} to the settings in force and stores the result as one document, one writer at a time
     * on every node. The change may refuse (an invalid value); nothing is stored then.
     */
    public AppSettings update(UnaryOperator<AppSettings> change) {
        return locks.write("all", () -> {
            boolean earlierVersion = storage.get(DOCUMENT).isEmpty();
            AppSettings changed = change.apply(current());
            storage.put(DOCUMENT, document(changed));
            if (earlierVersion) {
                // the document is read first from now on; the single entries of earlier versions are only clutter
                GROUPS.stream().flatMap(List::stream).forEach(name -> storage.remove(PREFIX + name));
            }
            if (cache != null) {
                cache.clear();
            }
            return current();
        });
    }

    /** The stored values by name: the document, or the single entries of an earlier version. */
    private ObjectNode stored() {
        Optional<String> document = storage.get(DOCUMENT);
        if (document.isPresent()) {
            try {
                if (JSON.readTree(document.get()) instanceof ObjectNode values) {
                    return values;
                }
            } catch (JsonProcessingException unreadable) {
                // a hand-edited or damaged document: every setting falls back to its default
            }
            return JSON.createObjectNode();
        }
        ObjectNode values = JSON.createObjectNode();
        GROUPS.stream().flatMap(List::stream)
                .forEach(name -> storage.get(PREFIX + name).ifPresent(text -> values.put(name, text)));
        return values;
    }

    private static String document(AppSettings s) {
        ObjectNode values = JSON.createObjectNode();
        values.put("paceOnTrack", s.paceOnTrack());
        values.put("paceAtRisk", s.paceAtRisk());
        values.put("justStartedBelow", s.justStartedBelow());
        values.put("staleDays", s.staleDays());
        ArrayNode projects = values.putArray("enabledProjects");
        s.enabledProjects().forEach(projects::add);
        values.put("storyPointsField", s.storyPointsField());
        values.put("sprintField", s.sprintField());
        values.put("weightToDo", s.weightToDo());
        values.put("weightInProgress", s.weightInProgress());
        values.put("weightDone", s.weightDone());
        values.put("hiddenIssues", s.hiddenIssues());
        return values.toString();
    }

    /**
     * The stored values made settings: each unreadable value replaced by its default, then, while a rule is broken,
     * the values of that rule's group replaced by theirs.
     */
    private static AppSettings readable(ObjectNode stored) {
        Map<String, Object> values = new LinkedHashMap<>();
        AppSettings d = AppSettings.DEFAULTS;
        values.put("paceOnTrack", read(stored, "paceOnTrack", SettingsService::number, d.paceOnTrack()));
        values.put("paceAtRisk", read(stored, "paceAtRisk", SettingsService::number, d.paceAtRisk()));
        values.put("justStartedBelow", read(stored, "justStartedBelow", SettingsService::number,
                d.justStartedBelow()));
        values.put("staleDays", read(stored, "staleDays", v -> (int) Math.round(wholeNumber(v)), d.staleDays()));
        values.put("enabledProjects", read(stored, "enabledProjects", SettingsService::list, d.enabledProjects()));
        values.put("storyPointsField", read(stored, "storyPointsField", SettingsService::text, d.storyPointsField()));
        values.put("sprintField", read(stored, "sprintField", SettingsService::text, d.sprintField()));
        values.put("weightToDo", read(stored, "weightToDo", SettingsService::number, d.weightToDo()));
        values.put("weightInProgress", read(stored, "weightInProgress", SettingsService::number,
                d.weightInProgress()));
        values.put("weightDone", read(stored, "weightDone", SettingsService::number, d.weightDone()));
        values.put("hiddenIssues", read(stored, "hiddenIssues", SettingsService::text, d.hiddenIssues()));
        for (int attempt = 0; attempt <= GROUPS.size(); attempt++) {
            try {
                return settings(values);
            } catch (InvalidInputException broken) {
                List<String> group = GROUPS.stream().filter(g -> g.contains(broken.field())).findFirst()
                        .orElse(List.of());
                if (group.isEmpty()) {
                    break;
                }
                AppSettings defaults = AppSettings.DEFAULTS;
                Map<String, Object> fallback = fields(defaults);
                group.forEach(name -> values.put(name, fallback.get(name)));
            }
        }
        return AppSettings.DEFAULTS;
    }

    @SuppressWarnings("unchecked")
    private static AppSettings settings(Map<String, Object> v) {
        return new AppSettings((double) v.get("paceOnTrack"), (double) v.get("paceAtRisk"),
                (double) v.get("justStartedBelow"), (int) v.get("staleDays"), (List<String>) v.get("enabledProjects"),
                (String) v.get("storyPointsField"), (String) v.get("sprintField"), (double) v.get("weightToDo"),
                (double) v.get("weightInProgress"), (double) v.get("weightDone"), (String) v.get("hiddenIssues"));
    }

    private static Map<String, Object> fields(AppSettings s) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("paceOnTrack", s.paceOnTrack());
        values.put("paceAtRisk", s.paceAtRisk());
        values.put("justStartedBelow", s.justStartedBelow());
        values.put("staleDays", s.staleDays());
        values.put("enabledProjects", s.enabledProjects());
        values.put("storyPointsField", s.storyPointsField());
        values.put("sprintField", s.sprintField());
        values.put("weightToDo", s.weightToDo());
        values.put("weightInProgress", s.weightInProgress());
        values.put("weightDone", s.weightDone());
        values.put("hiddenIssues", s.hiddenIssues());
        return values;
    }

    private static <T> T read(ObjectNode stored, String name, Function<JsonNode, T> parse, T fallback) {
        JsonNode value = stored.get(name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        try {
            return parse.apply(value);
        } catch (RuntimeException unreadable) {
            return fallback;
        }
    }

    /** A number, or a text holding one (as earlier versions stored them). */
    private static double number(JsonNode value) {
        double number = value.isNumber() ? value.doubleValue() : Double.parseDouble(value.textValue().trim());
        if (!Double.isFinite(number)) {
            throw new NumberFormatException("not finite");
        }
        return number;
    }

    private static double wholeNumber(JsonNode value) {
        double number = number(value);
        if (number != Math.rint(number) || Math.abs(number) > Integer.MAX_VALUE) {
            throw new NumberFormatException("not a whole number");
        }
        return number;
    }

    private static String text(JsonNode value) {
        if (!value.isTextual()) {
            throw new IllegalArgumentException("not a text");
        }
        return value.textValue();
    }

    /** A list of texts, or the comma-separated text earlier versions stored. */
    private static List<String> list(JsonNode value) {
        if (value.isTextual()) {
            String raw = value.textValue().trim();
            return raw.isEmpty() ? List.of() : Arrays.stream(raw.split(",")).map(String::trim).toList();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException("not a list");
        }
        List<String> items = new ArrayList<>();
        value.forEach(item -> items.add(text(item)));
        return items;
    }
}
