package dev.northstar.okr.authoring;

import java.util.List;

/**
 * A new objective as a request describes it: its project, cycle, summary, owner (a label: company, team or person),
 * whether it is committed, its weight in a parent's roll-up, and up to {@value ObjectiveCreation#MAX_KEY_RESULTS} key
 * results to create with it.
 */
public record ObjectiveDraft(String project, long cycleId, String summary, String owner, boolean committed,
                             double weight, List<KeyResultDraft> keyResults) {
    public ObjectiveDraft {
        keyResults = keyResults == null ? List.of() : List.copyOf(keyResults);
    }
}
