package dev.northstar.okr.host;

/** Translated, user-facing texts from the app's i18n bundles, in the current caller's language. */
public interface Texts {

    /** The message for {@code key} with {@code {0}}-style arguments filled in; the key itself if it is unknown. */
    String text(String key, Object... arguments);
}
