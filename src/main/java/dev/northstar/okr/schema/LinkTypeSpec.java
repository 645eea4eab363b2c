package dev.northstar.okr.schema;

/**
 * An issue link type the app creates: its name (seen by Jira administrators), and the outward and inward
 * descriptions Jira shows on issues. Screens of the app show the translations under {@link #outwardKey()} and
 * {@link #inwardKey()} instead, because Jira stores a single, untranslated text for each.
 */
public record LinkTypeSpec(String name, String outward, String inward, String i18nKey) {

    public String outwardKey() {
        return i18nKey + ".outward";
    }

    public String inwardKey() {
        return i18nKey + ".inward";
    }
}
