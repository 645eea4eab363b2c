package dev.northstar.okr.keyresult;

import dev.northstar.okr.domain.Initiative;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Scope (must have, nice to have, not in scope) and impact / effort scores of a KR's initiatives. Which issues
 * are a KR's initiatives is decided by Jira links; this stores only the ratings. An initiative without a stored
 * rating is a must-have without scores ({@link Initiative#of}).
 */
public interface InitiativeRepository {

    /** Stored ratings of one KR's initiatives, by initiative issue key. */
    Map<String, Initiative> ratings(String keyResultKey);

    /** Stored ratings of several KRs at once: KR key to (initiative key to rating). */
    Map<String, Map<String, Initiative>> ratings(Collection<String> keyResultKeys);

    /** Creates or replaces the rating of {@code initiative.issueKey()} for this KR. */
    Initiative save(String keyResultKey, Initiative initiative);

    /**
     * Reads the initiative's rating for this KR (a must-have without scores when none is stored), applies
     * {@code change} and stores its result, as one step: one writer at a time per rating on every node, in one
     * transaction. The change may refuse (throw); nothing is stored then.
     */
    Initiative change(String keyResultKey, String initiativeKey, UnaryOperator<Initiative> change);

    void remove(String keyResultKey, String initiativeKey);

    /** An issue (KR or initiative) moved and got a new key. */
    void rename(String oldKey, String newKey);

    /** For tests and callers that need them all, in a stable order. */
    List<Initiative> list(String keyResultKey);
}
