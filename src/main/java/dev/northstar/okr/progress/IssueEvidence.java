package dev.northstar.okr.progress;

import dev.northstar.okr.domain.DoneSource;
import dev.northstar.okr.domain.InProgressSource;
import java.time.Instant;

/**
 * One issue behind a figure: why it is in scope, whether it counted at the as-of instant, the credit it earned
 * there, and the evidence for its done and in-progress instants.
 *
 * @param inScopeAt false when the issue was created after the as-of instant
 * @param doneAt null when not done now
 * @param points null when unestimated
 * @param credit what the issue added to the KR's credit at the as-of instant (0 when not in scope then)
 * @param inProgressAt when it first left "to do" (null when to do now), see {@code inProgressSource}
 */
public record IssueEvidence(String key, String type, String via, Instant created, boolean inScopeAt, boolean doneAtT,
        Instant doneAt, DoneSource doneSource, Double points, double credit, Instant inProgressAt,
        InProgressSource inProgressSource) {
}
