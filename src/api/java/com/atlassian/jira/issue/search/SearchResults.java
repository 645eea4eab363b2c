package com.atlassian.jira.issue.search;

import java.util.List;

/** Declaration only (see src/api/README.md). */
public class SearchResults<T> {
    private final List<T> results;
    private final int total;

    public SearchResults(List<T> results, int totalResultCount, int maxResults, int startIndex) {
        this.results = results;
        this.total = totalResultCount;
    }

    public List<T> getResults() {
        return results;
    }

    public int getTotal() {
        return total;
    }
}
