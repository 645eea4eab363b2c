package dev.northstar.okr.progress;

import dev.northstar.okr.domain.DoneSource;
import dev.northstar.okr.domain.InProgressSource;
import java.time.Instant;

/**
 * One issue behind a figure: why it is in scope, how it counted at the as-of instant ({@link AsOf}), and the
 * evidence for its done and in-progress instants ({@link Dates}).
 *
 * @param via why it is in scope: the initiative it was found through, or "milestone" for a milestone issue
 * @param points null when unestimated
 */
public record IssueEvidence(String key, String type, String via, Double points, AsOf asOf, Dates dates) {

    /**
     * How the issue counted at the as-of instant.
     *
     * @param inScope false when the issue was created after the as-of instant
     * @param done done at the as-of instant
     * @param credit what the issue added to the KR's credit at the as-of instant (0 when not in scope then)
     */
    public record AsOf(boolean inScope, boolean done, double credit) {
    }

    /**
     * When the issue was created, done and first in progress, with the evidence each instant comes from.
     *
     * @param doneAt null when not done now
     * @param inProgressAt when it first left "to do" (null when to do now), see {@code inProgressSource}
     */
    public record Dates(Instant created, Instant doneAt, DoneSource doneSource, Instant inProgressAt,
            InProgressSource inProgressSource) {
    }
}
