package dev.northstar.okr.schema;

/**
 * An issue type the app creates. The name is stored in Jira as written here (Jira keeps one name per issue type,
 * in no particular language); the app's own screens show {@code i18nKey} in the user's language instead.
 */
public record IssueTypeSpec(String name, String description, String i18nKey) {
}
