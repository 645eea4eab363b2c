package dev.northstar.okr.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Runs the app's JQL with security overridden (figures count every issue; the callers decide what may be named) in
 * bounded pages, and splits long key lists into a few batches. Never an unlimited filter: Jira 12 removes it, and one
 * page of a huge result must not hold a node's memory hostage.
 */
public class JqlPages {
    /** Issues per page and keys per {@code in (...)} list: large enough that a cycle's OKRs take one or two. */
    static final int PAGE = 500;
    static final int BATCH = 500;

    /** Only well-formed issue keys reach a query: stored keys cannot inject JQL. */
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]*-[0-9]+");

    private final SearchService search;
    private final JiraAuthenticationContext authentication;
    private final int page;
    private final int batch;

    public JqlPages(SearchService search, JiraAuthenticationContext authentication) {
        this(search, authentication, PAGE, BATCH);
    }

    private JqlPages(SearchService search, JiraAuthenticationContext authentication, int page, int batch) {
        this.search = search;
        this.authentication = authentication;
        this.page = page;
        this.batch = batch;
    }

    /** The same searches with other limits, so tests can see paging and batching with a handful of issues. */
    JqlPages withLimits(int pageSize, int batchSize) {
        return new JqlPages(search, authentication, pageSize, batchSize);
    }

    static boolean isIssueKey(String key) {
        return key != null && ISSUE_KEY.matcher(key).matches();
    }

    /**
     * Every issue matching {@code template} with {@code %s} replaced by a batch of the keys, batch after batch. Keys
     * that are not issue keys are dropped; no keys, no search.
     */
    public List<Issue> byKeys(String template, Collection<String> keys) {
        List<String> valid = keys.stream().filter(JqlPages::isIssueKey).distinct().sorted().toList();
        List<Issue> found = new ArrayList<>();
        for (int from = 0; from < valid.size(); from += batch) {
            String list = String.join(", ", valid.subList(from, Math.min(valid.size(), from + batch)));
            found.addAll(all(template.replace("%s", list)));
        }
        return found;
    }

    /** Every issue matching the query, page by page. */
    public List<Issue> all(String jql) {
        SearchService.ParseResult parsed = search.parseQuery(authentication.getLoggedInUser(), jql);
        if (!parsed.isValid()) {
            // The app writes these queries itself, so a parse failure is a bug or a field Jira no longer has.
            throw new IllegalStateException("Jira refused the app's query " + jql + ": "
                    + (parsed.getErrors() == null ? "" : parsed.getErrors().getErrorMessages()));
        }
        Query query = parsed.getQuery();
        List<Issue> found = new ArrayList<>();
        int start = 0;
        while (true) {
            SearchResults<Issue> results;
            try {
                results = search.searchOverrideSecurity(authentication.getLoggedInUser(), query,
                        new PagerFilter<Issue>(start, page));
            } catch (SearchException failed) {
                throw new IllegalStateException("Jira's search failed for " + jql, failed);
            }
            List<Issue> issues = results.getResults() == null ? List.of() : results.getResults();
            found.addAll(issues);
            start += page;
            if (issues.size() < page || start >= results.getTotal()) {
                return found;
            }
        }
    }
}
