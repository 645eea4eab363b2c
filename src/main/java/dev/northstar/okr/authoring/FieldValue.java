package dev.northstar.okr.authoring;

/**
 * A value for one of Jira's custom fields (by id, such as {@code customfield_10400}): a number, a text, or nothing
 * (the field is cleared).
 */
public record FieldValue(String fieldId, Double number, String text) {

    public static FieldValue number(String fieldId, Double value) {
        return new FieldValue(fieldId, value, null);
    }

    public static FieldValue text(String fieldId, String value) {
        return new FieldValue(fieldId, null, value == null || value.isEmpty() ? null : value);
    }

    public boolean cleared() {
        return number == null && text == null;
    }
}
