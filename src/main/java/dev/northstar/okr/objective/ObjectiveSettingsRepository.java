package dev.northstar.okr.objective;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Stored objective settings, by Objective issue key. */
public interface ObjectiveSettingsRepository {

    Optional<ObjectiveSettings> find(String issueKey);

    Map<String, ObjectiveSettings> findAll(Collection<String> issueKeys);

    /** Every objective placed in the cycle. */
    List<ObjectiveSettings> inCycle(long cycleId);

    ObjectiveSettings save(ObjectiveSettings settings);

    /**
     * Reads the objective's settings (empty when none are stored), applies {@code change} and stores its result, as
     * one step: one writer at a time per objective on every node, in one transaction, so that concurrent changes
     * never store a mix of their values. The change may refuse (throw); nothing is stored then.
     */
    ObjectiveSettings change(String issueKey, Function<Optional<ObjectiveSettings>, ObjectiveSettings> change);

    void delete(String issueKey);

    void rename(String oldKey, String newKey);
}
