package com.atlassian.jira.icon;

/** Declaration only (see src/api/README.md). The constant is an object, linked by getstatic, never inlined. */
public class IconType {
    public static final IconType ISSUE_TYPE_ICON_TYPE = new IconType("issuetype");

    private final String key;

    private IconType(String key) {
        this.key = key;
    }
}
