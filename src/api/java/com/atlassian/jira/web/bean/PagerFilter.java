package com.atlassian.jira.web.bean;

import java.io.Serializable;

/** Declaration only (see src/api/README.md). */
public class PagerFilter<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int start;
    private final int max;

    public PagerFilter(int start, int max) {
        this.start = start;
        this.max = max;
    }

    public int getStart() {
        return start;
    }

    public int getMax() {
        return max;
    }
}
