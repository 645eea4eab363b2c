package dev.northstar.okr.objective;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stored objective settings, by Objective issue key. */
public interface ObjectiveSettingsRepository {

    Optional<ObjectiveSettings> find(String issueKey);

    Map<String, ObjectiveSettings> findAll(Collection<String> issueKeys);

    /** Every objective placed in the cycle. */
    List<ObjectiveSettings> inCycle(long cycleId);

    ObjectiveSettings save(ObjectiveSettings settings);

    void delete(String issueKey);

    void rename(String oldKey, String newKey);
}
