package dev.northstar.okr.local.simjira;

import com.atlassian.jira.util.ErrorCollection;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Jira's error collection as the simulated Jira's services fill it: messages by field id, general messages and the
 * reasons, each message worded in the user's language ({@link WriteTexts}).
 */
final class SimErrors implements ErrorCollection {
    /** Jira's ErrorCollection.Reason, by the names Jira gives them. */
    enum Reason {
        NOT_LOGGED_IN, FORBIDDEN, NOT_FOUND, VALIDATION_FAILED
    }

    private final Locale locale;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final List<String> messages = new ArrayList<>();
    private final Set<Reason> reasons = new LinkedHashSet<>();

    SimErrors(Locale locale) {
        this.locale = locale;
    }

    /** A message about one field (the first one per field stays, as Jira shows one per field). */
    SimErrors field(String fieldId, String key, Object... arguments) {
        errors.putIfAbsent(fieldId, text(key, arguments));
        reasons.add(Reason.VALIDATION_FAILED);
        return this;
    }

    /** A general message with its reason. */
    SimErrors message(Reason reason, String key, Object... arguments) {
        messages.add(text(key, arguments));
        reasons.add(reason);
        return this;
    }

    String text(String key, Object... arguments) {
        ResourceBundle words = ResourceBundle.getBundle(WriteTexts.class.getName(), locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_CLASS));
        return new MessageFormat(words.getString(key), locale).format(arguments);
    }

    @Override
    public Map<String, String> getErrors() {
        return java.util.Collections.unmodifiableMap(errors);
    }

    @Override
    public Collection<String> getErrorMessages() {
        return List.copyOf(messages);
    }

    @Override
    public boolean hasAnyErrors() {
        return !errors.isEmpty() || !messages.isEmpty();
    }

    @Override
    public Set<?> getReasons() {
        return Set.copyOf(reasons);
    }

    @Override
    public String toString() {
        return "errors " + errors + ", messages " + messages;
    }
}
