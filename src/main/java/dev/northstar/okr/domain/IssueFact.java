package dev.northstar.okr.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the engine needs to know about one Jira issue. Used as input to {@link IssueTable.Builder} and handed
 * out as a view of one row for provenance; the table itself stores these facts in columns.
 *
 * @param present false for a placeholder: a key that other issues name as their epic or parent but that
 *     the export does not contain
 * @param firstDoneTransition first move into a done status, from the change history, when known
 * @param storyPoints null when unestimated
 */
public record IssueFact(String key, String type, boolean subtask, boolean present, StatusCategory statusCategory,
        Instant created, Instant resolved, Instant updated, Instant firstDoneTransition, String epicKey,
        String parentKey, Double storyPoints, List<Integer> sprintIds, Map<String, NumericHistory> numericFields) {

    public IssueFact {
        IssueKey.parse(key);
        type = type == null ? "" : type;
        Checks.notNull(statusCategory, "statusCategory");
        if (present) {
            Checks.notNull(created, "created");
        }
        if (storyPoints != null) {
            Checks.finite(storyPoints, "storyPoints");
            if (storyPoints < 0) {
                throw new DomainException("okr.error.negativePoints", "storyPoints",
                        key + ": story points must not be negative, got " + storyPoints);
            }
        }
        sprintIds = sprintIds == null ? List.of() : List.copyOf(sprintIds);
        numericFields = numericFields == null ? Map.of() : Map.copyOf(numericFields);
    }

    public static IssueFact simple(String key, String type, StatusCategory category, Instant created, Instant resolved,
            String epicKey, Double points, List<Integer> sprints) {
        return new IssueFact(key, type, false, true, category, created, resolved, resolved, null, epicKey, null, points,
                sprints, null);
    }

    public boolean epic() {
        return "Epic".equalsIgnoreCase(type);
    }

    public boolean done() {
        return statusCategory == StatusCategory.DONE;
    }

    /** Best evidence of when it became done; see {@link DoneSource}. Never the Agile epic.done flag. */
    public DoneSource doneSource() {
        if (!done()) {
            return DoneSource.NONE;
        }
        if (firstDoneTransition != null) {
            return DoneSource.TRANSITION;
        }
        if (resolved != null) {
            return DoneSource.RESOLUTION;
        }
        return updated != null ? DoneSource.UPDATED : DoneSource.CREATED;
    }

    /** The done instant, or null when not done now. */
    public Instant doneAt() {
        return switch (doneSource()) {
            case NONE -> null;
            case TRANSITION -> firstDoneTransition;
            case RESOLUTION -> resolved;
            case UPDATED -> updated;
            case CREATED -> created;
        };
    }
}
