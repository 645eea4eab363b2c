package dev.northstar.okr.domain;

/** Jira's status categories, by their stable keys. */
public enum StatusCategory {
    TO_DO("new"), IN_PROGRESS("indeterminate"), DONE("done");

    private final String key;

    StatusCategory(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Unknown or missing keys (e.g. "undefined") are treated as to do: never as done. */
    public static StatusCategory fromKey(String key) {
        if ("done".equals(key)) {
            return DONE;
        }
        if ("indeterminate".equals(key)) {
            return IN_PROGRESS;
        }
        return TO_DO;
    }
}
