package dev.northstar.okr.reading;

import java.util.List;

/**
 * A custom field the app looks up by name (story points, sprint), or why it could not: none has the name, or several
 * do and the admin has not chosen one in the settings.
 *
 * @param id         the field's id (customfield_10002), null when not found
 * @param name       the name it was looked up by, for messages
 * @param candidates when ambiguous: the ids sharing the name, for the admin to choose from
 */
public record FieldChoice(String id, String name, Problem problem, List<String> candidates) {
    /**
     * The names Jira Software gives its fields, in the order they are tried: Server and Data Center call story points
     * "Story Points", Cloud "Story point estimate". Inside Jira and in exports alike.
     */
    public static final List<String> STORY_POINTS_NAMES = List.of("Story Points", "Story point estimate");
    public static final List<String> SPRINT_NAMES = List.of("Sprint");
    public static final List<String> EPIC_LINK_NAMES = List.of("Epic Link");

    /** Why a field could not be chosen. */
    public enum Problem {
        MISSING("okr.error.field.missing"), AMBIGUOUS("okr.error.field.ambiguous"),
        UNKNOWN_OVERRIDE("okr.error.field.unknownOverride");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    public FieldChoice {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    public static FieldChoice found(String id, String name) {
        return new FieldChoice(id, name, null, List.of());
    }

    public static FieldChoice problem(String name, Problem problem, List<String> candidates) {
        return new FieldChoice(null, name, problem, candidates);
    }

    public boolean ok() {
        return problem == null;
    }

    /** Arguments of the problem's message: the field's name, then the candidates. */
    public Object[] messageArguments() {
        return new Object[] {name, String.join(", ", candidates)};
    }
}
