package dev.northstar.okr.authoring;

import dev.northstar.okr.errors.ForbiddenException;
import dev.northstar.okr.errors.InvalidInputException;
import dev.northstar.okr.errors.NotFoundException;
import dev.northstar.okr.errors.RefusedException;

import java.util.Map;

/**
 * Jira's refusal of a write as the app's refusal, in Jira's words ({@code okr.error.jira.refused} prints them as
 * they are): a permission refusal is 403, an issue Jira cannot find (or hides) 404, anything else invalid input
 * named by the request's field that Jira's field error is about.
 */
final class Refusals {
    static final String JIRA = "okr.error.jira.refused";

    private Refusals() {
    }

    /**
     * @param fields   the request's field for each of Jira's field ids this write sets ({@code summary},
     *                 {@code customfield_10400}); a field error about any other field names {@code fallback}
     * @param fallback the request field at fault when Jira names none of {@code fields} (may be null)
     * @param key      the issue written, for a "not found" without Jira's words
     */
    static RefusedException of(Written<?> refused, Map<String, String> fields, String fallback, String key) {
        String text = refused.text();
        return switch (refused.refusal()) {
            case NOT_LOGGED_IN, FORBIDDEN -> new ForbiddenException(fallback, JIRA, text);
            case NOT_FOUND -> text.isEmpty() ? new NotFoundException(fallback, "okr.error.issueNotFound", key)
                    : new NotFoundException(fallback, JIRA, text);
            default -> invalid(refused, fields, fallback, text);
        };
    }

    private static RefusedException invalid(Written<?> refused, Map<String, String> fields, String fallback,
                                            String text) {
        for (Map.Entry<String, String> error : refused.fieldErrors().entrySet()) {
            String field = fields.get(error.getKey());
            if (field != null) {
                return new InvalidInputException(field, JIRA, error.getValue());
            }
        }
        return new InvalidInputException(fallback, JIRA, text);
    }

    /** The words of a refusal that came from Jira, else empty. */
    static String jiraText(RefusedException refused) {
        Object[] arguments = refused.arguments();
        return JIRA.equals(refused.messageKey()) && arguments.length > 0 ? String.valueOf(arguments[0]) : "";
    }
}
