package dev.northstar.okr.reading;

import dev.northstar.okr.domain.Checks;

/**
 * An objective, key result or initiative issue as the read service needs it.
 *
 * @param id      Jira's issue id, to follow links without looking the issue up again
 * @param typeId  the issue type's id (the app remembers its types by id, so renaming them breaks nothing)
 * @param visible whether the current caller may browse it; figures count every issue, names only visible ones
 */
public record OkrIssue(long id, String key, String summary, String projectKey, String typeId, boolean visible) {
    public OkrIssue {
        Checks.notBlank(key, "key");
        summary = summary == null ? "" : summary;
        projectKey = projectKey == null ? "" : projectKey;
        typeId = typeId == null ? "" : typeId;
    }
}
