package dev.northstar.okr.domain;

/**
 * A key result whose definition was rejected (for example target equal to start). It is kept so that the
 * objective can show it with its error instead of silently dropping it; it never enters a roll-up.
 */
public record InvalidKeyResult(String key, String title, String messageKey, String field, String message) {
    public InvalidKeyResult {
        Checks.notBlank(key, "keyResult.key");
        Checks.notBlank(message, "message");
        title = title == null ? key : title;
    }
}
