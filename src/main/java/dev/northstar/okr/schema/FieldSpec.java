package dev.northstar.okr.schema;

/** A custom field the app creates on Key Result issues; screens show {@code i18nKey} in the user's language. */
public record FieldSpec(String name, String description, FieldKind kind, String i18nKey) {
}
