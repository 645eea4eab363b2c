package dev.northstar.okr.grade;

import dev.northstar.okr.domain.Checks;

import java.time.Instant;

/**
 * A score from 0.0 to 1.0 given to an objective or key result when its cycle closes, with a note for the
 * retrospective (was the target too low or too high?).
 */
public record Grade(long cycleId, String issueKey, double score, String note, String gradedBy, Instant gradedAt) {
    public static final int MAX_NOTE = 4000;

    public Grade {
        Checks.notBlank(issueKey, "issueKey");
        Checks.finite(score, "score");
        if (score < 0.0 || score > 1.0) {
            throw new dev.northstar.okr.domain.DomainException("okr.error.outOfRange", "score",
                    "score must be between 0.0 and 1.0, got " + score, 0.0, 1.0);
        }
        note = note == null ? "" : note;
        if (note.length() > MAX_NOTE) {
            throw new dev.northstar.okr.domain.DomainException("okr.error.textTooLong", "note",
                    "note is longer than " + MAX_NOTE, MAX_NOTE);
        }
        gradedBy = gradedBy == null ? "" : gradedBy;
        Checks.notNull(gradedAt, "gradedAt");
    }
}
