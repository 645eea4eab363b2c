package dev.northstar.okr.schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Whether a project the administrator enabled can hold OKRs: it exists, and its issue type scheme offers the
 * Objective and Key Result types.
 */
public record ProjectStatus(String projectKey, boolean exists, boolean hasObjectiveType, boolean hasKeyResultType) {

    /** Both types are in the project: OKRs can be created there. */
    @JsonProperty("ready")
    public boolean ready() {
        return exists && hasObjectiveType && hasKeyResultType;
    }
}
