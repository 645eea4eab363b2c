package dev.northstar.okr.host;

import java.util.Locale;
import java.util.Objects;

/** The person behind a request, as far as the app needs to know: a stable key, a name to show, a language. */
public record Caller(String key, String displayName, Locale locale) {

    public Caller {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("key must not be blank");
        }
        displayName = displayName == null || displayName.isBlank() ? key : displayName;
        Objects.requireNonNull(locale, "locale");
    }
}
