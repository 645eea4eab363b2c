package dev.northstar.okr.reading;

import dev.northstar.okr.schema.OkrSchema;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Objectives, key results and initiatives as Jira holds them: issues of the app's types joined by the app's link
 * types. Reading them costs a bounded number of searches, whatever the number of objectives and key results; links
 * are read per issue from Jira's link store, which is not a search.
 */
public interface OkrStructure {

    /**
     * The issues among {@code keys} that are objectives (by type id) in the project, whether or not the caller may
     * see them. Keys that do not exist, or are elsewhere, are left out.
     */
    List<OkrIssue> objectives(String projectKey, Collection<String> keys, OkrSchema schema);

    /**
     * The issues of these keys, of any type and project, whether or not the caller may see them, in one search per
     * batch of keys. Keys that Jira has no issue for are left out.
     */
    List<OkrIssue> issues(Collection<String> keys);

    /** One issue by key, of any type, or empty when Jira has none. */
    Optional<OkrIssue> issue(String key);

    /** The app's links of each issue, by issue key; issues without any get {@link OkrLinks#NONE}. */
    Map<String, OkrLinks> links(Collection<OkrIssue> issues, OkrSchema schema);

    /** Which of these keys name an issue that exists and that the caller may browse. */
    Map<String, Boolean> visibility(Collection<String> keys);

    /**
     * The keys among {@code keys} that the caller may browse, for a whole view at once: one search per batch with
     * the caller's own permissions, whatever the number of keys. Keys of issues that do not exist are left out.
     */
    Set<String> browsable(Collection<String> keys);
}
