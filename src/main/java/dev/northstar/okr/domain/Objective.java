package dev.northstar.okr.domain;

import java.util.List;

/**
 * A qualitative goal for an owner in a cycle. Committed objectives are expected at 1.0; aspirational ones are
 * healthy at 0.6..0.7. The parent key aligns it under another objective (company, team, person).
 */
public record Objective(String key, String title, String owner, String parentKey, boolean committed, Weight weight,
        List<KeyResult> keyResults, List<InvalidKeyResult> invalidKeyResults) {
    public Objective {
        Checks.notBlank(key, "objective.key");
        title = title == null ? key : title;
        owner = owner == null ? "" : owner;
        weight = weight == null ? Weight.ONE : weight;
        keyResults = keyResults == null ? List.of() : Checks.copy(keyResults, "keyResults");
        invalidKeyResults = invalidKeyResults == null ? List.of() : Checks.copy(invalidKeyResults, "keyResults");
        if (key.equals(parentKey)) {
            throw new DomainException("okr.error.parentCycle", "parent", "objective " + key + " is its own parent");
        }
    }
}
