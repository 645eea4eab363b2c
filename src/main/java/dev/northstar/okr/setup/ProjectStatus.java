package dev.northstar.okr.setup;

/**
 * Whether a project the administrator enabled can hold OKRs: it exists, and its issue type scheme offers the
 * Objective and Key Result types.
 */
public record ProjectStatus(String projectKey, boolean exists, boolean hasObjectiveType, boolean hasKeyResultType) {

    public boolean ready() {
        return exists && hasObjectiveType && hasKeyResultType;
    }
}
