package dev.northstar.okr.schema;

/**
 * One item of the app's schema as it stands: the remembered id (null when setup never ran or could not create it),
 * the name Jira has for it now, and whether it exists. {@code i18nKey} is the translated label screens show.
 */
public record ItemStatus(String item, String i18nKey, String id, String name, boolean exists) {
}
