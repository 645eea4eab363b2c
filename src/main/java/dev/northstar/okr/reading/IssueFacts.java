package dev.northstar.okr.reading;

/**
 * Issues as the OKR engine needs them, read from Jira with security overridden (figures count every issue) and
 * marked for the caller's visibility. One read runs a bounded number of searches: issues by key, children of all
 * initiatives and the sprint's issues, each in batches and bounded pages, never one search per key result.
 */
public interface IssueFacts {

    /** The story points field: the admin's choice when set, else the one field named "Story Points" (or similar). */
    FieldChoice storyPointsField(String override);

    /** The sprint field: the admin's choice when set, else the one field named "Sprint". */
    FieldChoice sprintField(String override);

    FactSet read(FactRequest request);
}
