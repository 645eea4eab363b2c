package dev.northstar.okr.objective;

import dev.northstar.okr.domain.Checks;
import dev.northstar.okr.domain.Weight;

/**
 * What the app stores about one Objective issue: its cycle, whether it is committed (expected at 1.0) or
 * aspirational (healthy at 0.6 to 0.7), its weight in a parent's roll-up, and its owner (company, team or person,
 * as a label; OKRs score no one). Summary and alignment links live in Jira.
 */
public record ObjectiveSettings(String issueKey, long cycleId, boolean committed, Weight weight, String owner) {
    public static final int MAX_OWNER = 255;

    public ObjectiveSettings {
        Checks.notBlank(issueKey, "issueKey");
        weight = weight == null ? Weight.ONE : weight;
        owner = owner == null ? "" : owner.strip();
        if (owner.length() > MAX_OWNER) {
            throw new dev.northstar.okr.domain.DomainException("okr.error.textTooLong", "owner",
                    "owner is longer than " + MAX_OWNER, MAX_OWNER);
        }
    }
}
