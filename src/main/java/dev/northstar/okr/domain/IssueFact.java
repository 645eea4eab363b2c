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
 * @param firstInProgress first move out of "to do" (into a status of category in progress or done), from the
 *     change history, when known; see {@link #inProgressAt()} for the fallbacks
 * @param storyPoints null when unestimated
 */
public record IssueFact(String key, String type, boolean subtask, boolean present, StatusCategory statusCategory,
        Instant created, Instant resolved, Instant updated, Instant firstDoneTransition, Instant firstInProgress,
        String epicKey, String parentKey, Double storyPoints, List<Integer> sprintIds,
        Map<String, NumericHistory> numericFields) {

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

    /** Facts without an in-progress instant from history (exports and readers that do not look for one). */
    public IssueFact(String key, String type, boolean subtask, boolean present, StatusCategory statusCategory,
            Instant created, Instant resolved, Instant updated, Instant firstDoneTransition, String epicKey,
            String parentKey, Double storyPoints, List<Integer> sprintIds, Map<String, NumericHistory> numericFields) {
        this(key, type, subtask, present, statusCategory, created, resolved, updated, firstDoneTransition, null,
                epicKey, parentKey, storyPoints, sprintIds, numericFields);
    }

    public static IssueFact simple(String key, String type, StatusCategory category, Instant created, Instant resolved,
            String epicKey, Double points, List<Integer> sprints) {
        return new IssueFact(key, type, false, true, category, created, resolved, resolved, null, null, epicKey, null,
                points, sprints, null);
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

    /**
     * Best evidence of when it first left "to do"; see {@link InProgressSource}. An issue to do now has none (as an
     * issue not done now has no done instant): figures at t only credit what is still true now.
     */
    public InProgressSource inProgressSource() {
        if (statusCategory == StatusCategory.TO_DO) {
            return InProgressSource.NONE;
        }
        if (firstInProgress != null) {
            return InProgressSource.TRANSITION;
        }
        if (done()) {
            return InProgressSource.DONE;
        }
        return updated != null ? InProgressSource.UPDATED : InProgressSource.CREATED;
    }

    /**
     * The instant it first left "to do", or null when it is to do now. Never after the done instant: an issue that is
     * done has left "to do" by then, whatever the history says.
     */
    public Instant inProgressAt() {
        Instant at = switch (inProgressSource()) {
            case NONE -> null;
            case TRANSITION -> firstInProgress;
            case DONE -> doneAt();
            case UPDATED -> updated;
            case CREATED -> created;
        };
        Instant done = doneAt();
        return at != null && done != null && done.isBefore(at) ? done : at;
    }
}
