package dev.northstar.okr.progress;

import dev.northstar.okr.domain.DoneSource;
import java.time.Instant;

/**
 * One issue behind a figure: why it is in scope, whether it counted at the as-of instant, and the evidence
 * for its done instant.
 *
 * @param inScopeAt false when the issue was created after the as-of instant
 * @param doneAt null when not done now
 * @param points null when unestimated
 */
public record IssueEvidence(String key, String type, String via, Instant created, boolean inScopeAt, boolean doneAtT,
        Instant doneAt, DoneSource doneSource, Double points) {
}
