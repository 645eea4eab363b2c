package dev.northstar.okr.schema;

/** What setup did about one item of the app's schema. */
public enum Outcome {
    /** Found by the id remembered from an earlier run (possibly renamed since: that is the administrator's call). */
    KEPT,
    /** No id was remembered; found by name, and it fits (same kind), so the app uses it instead of a second one. */
    ADOPTED,
    /** Created now. */
    CREATED,
    /** Not there, and both the name and the alternative name are taken by things that do not fit. */
    BLOCKED
}
