package dev.northstar.okr.testing;

import dev.northstar.okr.checkin.CheckInRepository;
import dev.northstar.okr.cycle.CycleRepository;
import dev.northstar.okr.cycle.StoredCycle;
import dev.northstar.okr.domain.CheckIn;
import dev.northstar.okr.domain.Cycle;
import dev.northstar.okr.domain.Initiative;
import dev.northstar.okr.keyresult.InitiativeRepository;
import dev.northstar.okr.keyresult.KeyResultSettings;
import dev.northstar.okr.keyresult.KeyResultSettingsRepository;
import dev.northstar.okr.objective.ObjectiveSettings;
import dev.northstar.okr.objective.ObjectiveSettingsRepository;
import dev.northstar.okr.schema.OkrSchema;
import dev.northstar.okr.schema.OkrSchemaStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The app's storage ports in memory, for testing what reads them while the Active Objects repositories are built
 * elsewhere. Each behaves as its port's contract says, nothing more.
 */
public final class MemoryStores {
    public final Cycles cycles = new Cycles();
    public final Objectives objectives = new Objectives();
    public final KeyResults keyResults = new KeyResults();
    public final Initiatives initiatives = new Initiatives();
    public final CheckIns checkIns = new CheckIns();
    public final Schema schema = new Schema();

    public static final class Cycles implements CycleRepository {
        private final Map<Long, StoredCycle> byId = new TreeMap<>();
        private final AtomicLong ids = new AtomicLong();

        @Override
        public List<StoredCycle> list(String projectKey) {
            return byId.values().stream()
                    .filter(c -> projectKey == null || c.global() || projectKey.equals(c.projectKey()))
                    .sorted(Comparator.comparing((StoredCycle c) -> c.cycle().start()).reversed()).toList();
        }

        @Override
        public Optional<StoredCycle> get(long id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public StoredCycle create(Cycle cycle, String projectKey) {
            StoredCycle stored = new StoredCycle(ids.incrementAndGet(), cycle, projectKey, null);
            byId.put(stored.id(), stored);
            return stored;
        }

        @Override
        public synchronized StoredCycle change(long id, UnaryOperator<StoredCycle> change) {
            StoredCycle now = Optional.ofNullable(byId.get(id)).orElseThrow();
            StoredCycle stored = change.apply(now);
            byId.put(id, stored);
            return stored;
        }

        @Override
        public synchronized void delete(long id, java.util.function.Consumer<StoredCycle> check) {
            check.accept(Optional.ofNullable(byId.get(id)).orElseThrow());
            byId.remove(id);
        }
    }

    public static final class Objectives implements ObjectiveSettingsRepository {
        private final Map<String, ObjectiveSettings> byKey = new LinkedHashMap<>();

        @Override
        public Optional<ObjectiveSettings> find(String issueKey) {
            return Optional.ofNullable(byKey.get(issueKey));
        }

        @Override
        public Map<String, ObjectiveSettings> findAll(Collection<String> issueKeys) {
            Map<String, ObjectiveSettings> found = new LinkedHashMap<>();
            issueKeys.forEach(k -> find(k).ifPresent(s -> found.put(k, s)));
            return found;
        }

        @Override
        public List<ObjectiveSettings> inCycle(long cycleId) {
            return byKey.values().stream().filter(s -> s.cycleId() == cycleId).toList();
        }

        @Override
        public ObjectiveSettings save(ObjectiveSettings settings) {
            byKey.put(settings.issueKey(), settings);
            return settings;
        }

        @Override
        public synchronized ObjectiveSettings change(String issueKey,
                                                     Function<Optional<ObjectiveSettings>, ObjectiveSettings> change) {
            return save(change.apply(find(issueKey)));
        }

        @Override
        public void delete(String issueKey) {
            byKey.remove(issueKey);
        }

        @Override
        public void rename(String oldKey, String newKey) {
            throw new UnsupportedOperationException("not needed by these tests");
        }
    }

    public static final class KeyResults implements KeyResultSettingsRepository {
        private final Map<String, KeyResultSettings> byKey = new LinkedHashMap<>();

        @Override
        public Optional<KeyResultSettings> find(String issueKey) {
            return Optional.ofNullable(byKey.get(issueKey));
        }

        @Override
        public Map<String, KeyResultSettings> findAll(Collection<String> issueKeys) {
            Map<String, KeyResultSettings> found = new LinkedHashMap<>();
            issueKeys.forEach(k -> find(k).ifPresent(s -> found.put(k, s)));
            return found;
        }

        @Override
        public KeyResultSettings save(KeyResultSettings settings) {
            byKey.put(settings.issueKey(), settings);
            return settings;
        }

        @Override
        public synchronized KeyResultSettings change(String issueKey, UnaryOperator<KeyResultSettings> change) {
            return save(change.apply(find(issueKey).orElseGet(() -> KeyResultSettings.defaults(issueKey))));
        }

        @Override
        public void delete(String issueKey) {
            byKey.remove(issueKey);
        }

        @Override
        public void rename(String oldKey, String newKey) {
            throw new UnsupportedOperationException("not needed by these tests");
        }
    }

    public static final class Initiatives implements InitiativeRepository {
        private final Map<String, Map<String, Initiative>> byKr = new LinkedHashMap<>();

        @Override
        public Map<String, Initiative> ratings(String keyResultKey) {
            return Map.copyOf(byKr.getOrDefault(keyResultKey, Map.of()));
        }

        @Override
        public Map<String, Map<String, Initiative>> ratings(Collection<String> keyResultKeys) {
            Map<String, Map<String, Initiative>> found = new LinkedHashMap<>();
            keyResultKeys.stream().filter(byKr::containsKey).forEach(k -> found.put(k, ratings(k)));
            return found;
        }

        @Override
        public Initiative save(String keyResultKey, Initiative initiative) {
            byKr.computeIfAbsent(keyResultKey, k -> new LinkedHashMap<>()).put(initiative.issueKey(), initiative);
            return initiative;
        }

        @Override
        public synchronized Initiative change(String keyResultKey, String initiativeKey,
                                              UnaryOperator<Initiative> change) {
            Initiative now = ratings(keyResultKey).getOrDefault(initiativeKey, Initiative.of(initiativeKey));
            return save(keyResultKey, change.apply(now));
        }

        @Override
        public void remove(String keyResultKey, String initiativeKey) {
            byKr.getOrDefault(keyResultKey, new LinkedHashMap<>()).remove(initiativeKey);
        }

        @Override
        public void rename(String oldKey, String newKey) {
            throw new UnsupportedOperationException("not needed by these tests");
        }

        @Override
        public List<Initiative> list(String keyResultKey) {
            return List.copyOf(byKr.getOrDefault(keyResultKey, Map.of()).values());
        }
    }

    public static final class CheckIns implements CheckInRepository {
        private final List<CheckIn> all = new ArrayList<>();
        /** The scope recorded with each check-in, by key result and instant. */
        private final Map<String, List<String>> scopes = new LinkedHashMap<>();

        @Override
        public CheckIn add(CheckIn checkIn, Collection<String> scope) {
            CheckIn stored = new CheckIn(checkIn.keyResultKey(), checkIn.confidence(), checkIn.note(), checkIn.author(),
                    checkIn.time().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), checkIn.value());
            all.add(stored);
            if (scope != null && scope.size() <= MAX_SCOPE) {
                scopes.put(stored.keyResultKey() + "@" + stored.time(), scope.stream().sorted().toList());
            }
            return stored;
        }

        @Override
        public Optional<List<String>> scopeAt(String keyResultKey, Instant time) {
            return Optional.ofNullable(scopes.get(keyResultKey + "@"
                    + time.truncatedTo(java.time.temporal.ChronoUnit.MILLIS)));
        }

        @Override
        public List<CheckIn> latest(String keyResultKey, int limit) {
            return all.stream().filter(c -> c.keyResultKey().equals(keyResultKey))
                    .sorted(Comparator.comparing(CheckIn::time).reversed()).limit(limit).toList();
        }

        @Override
        public int count(String keyResultKey) {
            return (int) all.stream().filter(c -> c.keyResultKey().equals(keyResultKey)).count();
        }

        @Override
        public void rename(String oldKey, String newKey) {
            all.replaceAll(c -> c.keyResultKey().equals(oldKey)
                    ? new CheckIn(newKey, c.confidence(), c.note(), c.author(), c.time(), c.value()) : c);
        }
    }

    public static final class Schema implements OkrSchemaStore {
        private OkrSchema current = OkrSchema.EMPTY;

        @Override
        public OkrSchema current() {
            return current;
        }

        @Override
        public void save(OkrSchema schema) {
            current = schema;
        }
    }
}
