package dev.northstar.okr.keyresult;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Stored KR settings, by Key Result issue key. Returns immutable values; storage details stay behind it. */
public interface KeyResultSettingsRepository {

    Optional<KeyResultSettings> find(String issueKey);

    /** Settings of those keys that have any, in one round trip. */
    Map<String, KeyResultSettings> findAll(Collection<String> issueKeys);

    /** Creates or replaces the settings of {@code settings.issueKey()}. */
    KeyResultSettings save(KeyResultSettings settings);

    /**
     * Reads the KR's settings (the defaults when none are stored), applies {@code change} and stores its result, as
     * one step: one writer at a time per KR on every node, in one transaction, so that concurrent changes never
     * store a mix of their values. The change may refuse (throw); nothing is stored then.
     */
    KeyResultSettings change(String issueKey, UnaryOperator<KeyResultSettings> change);

    void delete(String issueKey);

    /** The issue moved and got a new key: its settings follow it. */
    void rename(String oldKey, String newKey);
}
