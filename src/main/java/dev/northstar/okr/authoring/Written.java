package dev.northstar.okr.authoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Jira answered to one write: done (with its value, such as a new issue's key), or refused with Jira's own
 * messages, in the user's language as Jira worded them: by field ({@code summary}, {@code customfield_10400}) and in
 * general, with the kind of refusal Jira gave.
 *
 * @param fieldErrors Jira's messages by Jira's field id, in Jira's order
 */
public record Written<T>(T value, Refusal refusal, List<String> messages, Map<String, String> fieldErrors) {

    /** Why Jira refused, as its error collection's reasons say; {@link #NONE} when it did the write. */
    public enum Refusal {
        NONE, NOT_LOGGED_IN, FORBIDDEN, NOT_FOUND, INVALID
    }

    public Written {
        refusal = refusal == null ? Refusal.NONE : refusal;
        messages = List.copyOf(messages);
        fieldErrors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static <T> Written<T> done(T value) {
        return new Written<>(value, Refusal.NONE, List.of(), Map.of());
    }

    public static <T> Written<T> refused(Refusal refusal, List<String> messages, Map<String, String> fieldErrors) {
        return new Written<>(null, refusal == Refusal.NONE ? Refusal.INVALID : refusal, messages, fieldErrors);
    }

    public boolean ok() {
        return refusal == Refusal.NONE;
    }

    /** The same refusal, for a write of another type. */
    public <U> Written<U> as() {
        return new Written<>(null, refusal, messages, fieldErrors);
    }

    /** Every message Jira gave, the general ones first, as one text. */
    public String text() {
        StringBuilder all = new StringBuilder();
        for (String message : messages) {
            append(all, message);
        }
        fieldErrors.values().forEach(message -> append(all, message));
        return all.toString();
    }

    private static void append(StringBuilder all, String message) {
        if (message != null && !message.isBlank()) {
            if (all.length() > 0) {
                all.append(' ');
            }
            all.append(message.strip());
        }
    }
}
