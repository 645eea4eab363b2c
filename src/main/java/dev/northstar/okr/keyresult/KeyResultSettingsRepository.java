package dev.northstar.okr.keyresult;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Stored KR settings, by Key Result issue key. Returns immutable values; storage details stay behind it. */
public interface KeyResultSettingsRepository {

    Optional<KeyResultSettings> find(String issueKey);

    /** Settings of those keys that have any, in one round trip. */
    Map<String, KeyResultSettings> findAll(Collection<String> issueKeys);

    /** Creates or replaces the settings of {@code settings.issueKey()}. */
    KeyResultSettings save(KeyResultSettings settings);

    void delete(String issueKey);

    /** The issue moved and got a new key: its settings follow it. */
    void rename(String oldKey, String newKey);
}
