package dev.northstar.okr.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the engine needs to know about one Jira issue. Used as input to {@link IssueTableBuilder} and handed
 * out as a view of one row for provenance; the table itself stores these facts in columns.
 *
 * <p>The facts come in small parts: the issue itself (key, type, status), its {@link Timeline}, its {@link Links}
 * to an epic and a parent, its {@link Planning} (estimate and sprints) and the histories of its numeric fields.
 * Readers build one with {@link #builder(String)}; the accessors that many callers read ({@link #created()},
 * {@link #epicKey()}, {@link #parentKey()}, {@link #storyPoints()}, {@link #sprintIds()}) are here as well.
 *
 * @param present false for a placeholder: a key that other issues name as their epic or parent but that
 *     the export does not contain
 * @param timeline when it was created, resolved, last updated, first done and first in progress
 * @param links the epic and parent it names
 * @param planning its estimate and the sprints it was in
 * @param numericFields value histories of numeric fields by field id
 * @param notes what the reader could not use from this issue (an estimate or a value that is no usable number),
 *     each naming the issue; the figures treat such a value as absent
 */
public record IssueFact(String key, String type, boolean subtask, boolean present, StatusCategory statusCategory,
        Timeline timeline, Links links, Planning planning, Map<String, NumericHistory> numericFields,
        List<String> notes) {

    public IssueFact {
        IssueKey.parse(key);
        type = type == null ? "" : type;
        Checks.notNull(statusCategory, "statusCategory");
        timeline = timeline == null ? Timeline.NONE : timeline;
        links = links == null ? Links.NONE : links;
        planning = planning == null ? Planning.NONE : planning;
        if (present) {
            Checks.notNull(timeline.created(), "created");
        }
        Double storyPoints = planning.storyPoints();
        if (storyPoints != null) {
            Checks.finite(storyPoints, "storyPoints");
            if (storyPoints < 0) {
                throw new DomainException("okr.error.negativePoints", "storyPoints",
                        key + ": story points must not be negative, got " + storyPoints);
            }
        }
        numericFields = numericFields == null ? Map.of() : Map.copyOf(numericFields);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** The facts of an issue about which the reader has nothing to note. */
    public IssueFact(String key, String type, boolean subtask, boolean present, StatusCategory statusCategory,
            Timeline timeline, Links links, Planning planning, Map<String, NumericHistory> numericFields) {
        this(key, type, subtask, present, statusCategory, timeline, links, planning, numericFields, List.of());
    }

    /**
     * The instants Jira records for an issue; the best of them become {@link #doneAt()} and {@link #inProgressAt()}.
     *
     * @param firstDoneTransition first move into a done status, from the change history, when known
     * @param firstInProgress first move out of "to do" (into a status of category in progress or done), from the
     *     change history, when known; see {@link IssueFact#inProgressAt()} for the fallbacks
     * @param firstResolutionSet the first time the resolution was set, from the change history, when known
     */
    public record Timeline(Instant created, Instant resolved, Instant updated, Instant firstDoneTransition,
            Instant firstInProgress, Instant firstResolutionSet) {
        public static final Timeline NONE = new Timeline(null, null, null, null, null, null);

        /** The instants of a history that says nothing about the resolution. */
        public Timeline(Instant created, Instant resolved, Instant updated, Instant firstDoneTransition,
                Instant firstInProgress) {
            this(created, resolved, updated, firstDoneTransition, firstInProgress, null);
        }
    }

    /** The epic and the parent an issue names (keys, possibly of issues the export lacks); null when none. */
    public record Links(String epicKey, String parentKey) {
        public static final Links NONE = new Links(null, null);
    }

    /**
     * @param storyPoints null when unestimated
     * @param sprintIds every sprint the issue was ever in
     */
    public record Planning(Double storyPoints, List<Integer> sprintIds) {
        public static final Planning NONE = new Planning(null, List.of());

        public Planning {
            sprintIds = sprintIds == null ? List.of() : List.copyOf(sprintIds);
        }
    }

    /** The facts of an issue the export contains, set by name; its status category and creation are required. */
    public static Builder builder(String key) {
        return new Builder(key);
    }

    public static IssueFact simple(String key, String type, StatusCategory category, Instant created, Instant resolved,
            String epicKey, Double points, List<Integer> sprints) {
        return builder(key).type(type).statusCategory(category).created(created).resolved(resolved).updated(resolved)
                .epicKey(epicKey).storyPoints(points).sprintIds(sprints).build();
    }

    public Instant created() {
        return timeline.created();
    }

    public String epicKey() {
        return links.epicKey();
    }

    public String parentKey() {
        return links.parentKey();
    }

    /** Null when unestimated. */
    public Double storyPoints() {
        return planning.storyPoints();
    }

    public List<Integer> sprintIds() {
        return planning.sprintIds();
    }

    public boolean epic() {
        return epicType(type);
    }

    /** Whether an issue type of this name is Jira Software's epic type ("Epic", in any case), as the engine reads. */
    public static boolean epicType(String typeName) {
        return "Epic".equalsIgnoreCase(typeName);
    }

    public boolean done() {
        return statusCategory == StatusCategory.DONE;
    }

    /**
     * Best evidence of when it became done; see {@link DoneSource}. From the change history, the earlier of the first
     * move into a done status and the first time the resolution was set (the move on a tie); without either, the
     * resolution date, else the last update. Never the Agile epic.done flag.
     */
    public DoneSource doneSource() {
        if (!done()) {
            return DoneSource.NONE;
        }
        Instant moved = timeline.firstDoneTransition();
        Instant resolutionSet = timeline.firstResolutionSet();
        if (resolutionSet != null && (moved == null || resolutionSet.isBefore(moved))) {
            return DoneSource.RESOLUTION_SET;
        }
        if (moved != null) {
            return DoneSource.TRANSITION;
        }
        if (timeline.resolved() != null) {
            return DoneSource.RESOLUTION;
        }
        return timeline.updated() != null ? DoneSource.UPDATED : DoneSource.CREATED;
    }

    /** The done instant, or null when not done now. */
    public Instant doneAt() {
        return switch (doneSource()) {
            case NONE -> null;
            case TRANSITION -> timeline.firstDoneTransition();
            case RESOLUTION_SET -> timeline.firstResolutionSet();
            case RESOLUTION -> timeline.resolved();
            case UPDATED -> timeline.updated();
            case CREATED -> timeline.created();
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
        if (timeline.firstInProgress() != null) {
            return InProgressSource.TRANSITION;
        }
        if (done()) {
            return InProgressSource.DONE;
        }
        return timeline.updated() != null ? InProgressSource.UPDATED : InProgressSource.CREATED;
    }

    /**
     * The instant it first left "to do", or null when it is to do now. Never after the done instant: an issue that is
     * done has left "to do" by then, whatever the history says.
     */
    public Instant inProgressAt() {
        Instant at = switch (inProgressSource()) {
            case NONE -> null;
            case TRANSITION -> timeline.firstInProgress();
            case DONE -> doneAt();
            case UPDATED -> timeline.updated();
            case CREATED -> timeline.created();
        };
        Instant done = doneAt();
        return at != null && done != null && done.isBefore(at) ? done : at;
    }

    /**
     * Collects the facts of an issue the export contains, by name; {@link #build()} checks them as the record does.
     * Unset values are absent: no type, no instants, no epic or parent, unestimated, in no sprint, no numeric fields.
     */
    public static final class Builder {
        private final String key;
        private String type;
        private boolean subtask;
        private StatusCategory statusCategory;
        private Instant created;
        private Instant resolved;
        private Instant updated;
        private Instant firstDoneTransition;
        private Instant firstInProgress;
        private Instant firstResolutionSet;
        private String epicKey;
        private String parentKey;
        private Double storyPoints;
        private List<Integer> sprintIds;
        private Map<String, NumericHistory> numericFields;
        private List<String> notes;

        private Builder(String key) {
            this.key = key;
        }

        public Builder type(String type) {
            this.type = type;
            return this;
        }

        public Builder subtask(boolean subtask) {
            this.subtask = subtask;
            return this;
        }

        public Builder statusCategory(StatusCategory statusCategory) {
            this.statusCategory = statusCategory;
            return this;
        }

        public Builder created(Instant created) {
            this.created = created;
            return this;
        }

        public Builder resolved(Instant resolved) {
            this.resolved = resolved;
            return this;
        }

        public Builder updated(Instant updated) {
            this.updated = updated;
            return this;
        }

        public Builder firstDoneTransition(Instant firstDoneTransition) {
            this.firstDoneTransition = firstDoneTransition;
            return this;
        }

        public Builder firstInProgress(Instant firstInProgress) {
            this.firstInProgress = firstInProgress;
            return this;
        }

        public Builder firstResolutionSet(Instant firstResolutionSet) {
            this.firstResolutionSet = firstResolutionSet;
            return this;
        }

        public Builder epicKey(String epicKey) {
            this.epicKey = epicKey;
            return this;
        }

        public Builder parentKey(String parentKey) {
            this.parentKey = parentKey;
            return this;
        }

        /** Null when unestimated. */
        public Builder storyPoints(Double storyPoints) {
            this.storyPoints = storyPoints;
            return this;
        }

        public Builder sprintIds(List<Integer> sprintIds) {
            this.sprintIds = sprintIds;
            return this;
        }

        public Builder numericFields(Map<String, NumericHistory> numericFields) {
            this.numericFields = numericFields;
            return this;
        }

        /** What the reader could not use from the issue, each note naming it. */
        public Builder notes(List<String> notes) {
            this.notes = notes;
            return this;
        }

        public IssueFact build() {
            return new IssueFact(key, type, subtask, true, statusCategory,
                    new Timeline(created, resolved, updated, firstDoneTransition, firstInProgress, firstResolutionSet),
                    new Links(epicKey, parentKey), new Planning(storyPoints, sprintIds), numericFields, notes);
        }
    }
}
