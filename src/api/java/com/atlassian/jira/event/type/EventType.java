package com.atlassian.jira.event.type;

/**
 * Declaration only (see src/api/README.md). The ids are Long objects, linked by getstatic and read from Jira's
 * class at run time; the values here only serve the tests (they are Jira's default event type ids).
 */
public class EventType {
    public static final Long ISSUE_COMMENTED_ID = 6L;
    public static final Long ISSUE_MOVED_ID = 9L;
    public static final Long ISSUE_WORKLOGGED_ID = 10L;
    public static final Long ISSUE_COMMENT_EDITED_ID = 14L;
    public static final Long ISSUE_WORKLOG_UPDATED_ID = 15L;
    public static final Long ISSUE_WORKLOG_DELETED_ID = 16L;
    public static final Long ISSUE_COMMENT_DELETED_ID = 17L;

    private EventType() {
    }
}
