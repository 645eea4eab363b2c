package dev.northstar.okr.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Runs the app's JQL with security overridden (figures count every issue; the callers decide what may be named) in
 * bounded pages, and splits long key lists into a few batches. Never an unlimited filter: Jira 12 removes it, and one
 * page of a huge result must not hold a node's memory hostage. The searches with a user's own permissions are
 * {@link #browsable} (which of a view's issues the caller may see) and a key result's own query ({@link #upTo}, as
 * the user who saved it): a user's query never finds more than that user may see.
 *
 * <p>Page sizes follow the result: a first page of {@value #PAGE} issues (or of as many as the keys asked for, since a
 * list of keys finds about as many issues), then pages of up to {@value #MAX_PAGE}, so that a cycle whose key results
 * reach 35,000 issues is read in a dozen searches rather than seventy, and a small one in one page of {@value #PAGE}.
 */
public class JqlPages {
    /** Issues on a first page, when nothing says how many a query finds. */
    static final int PAGE = 500;
    /** Most issues on one page: about what one batch of keys finds. */
    static final int MAX_PAGE = 10_000;
    /** Keys per {@code in (...)} list: a cycle's initiatives and key results take one or two. */
    static final int BATCH = 10_000;

    /** Only well-formed issue keys reach a query: stored keys cannot inject JQL. */
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]*-[0-9]+");

    private final SearchService search;
    private final JiraAuthenticationContext authentication;
    private final int page;
    private final int maxPage;
    private final int batch;

    public JqlPages(SearchService search, JiraAuthenticationContext authentication) {
        this(search, authentication, PAGE, MAX_PAGE, BATCH);
    }

    private JqlPages(SearchService search, JiraAuthenticationContext authentication, int page, int maxPage,
                     int batch) {
        this.search = search;
        this.authentication = authentication;
        this.page = page;
        this.maxPage = maxPage;
        this.batch = batch;
    }

    /**
     * The same searches with other limits (every page of {@code pageSize}), so tests can see paging and batching with
     * a handful of issues.
     */
    JqlPages withLimits(int pageSize, int batchSize) {
        return new JqlPages(search, authentication, pageSize, pageSize, batchSize);
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
            List<String> slice = valid.subList(from, Math.min(valid.size(), from + batch));
            String jql = template.replace("%s", String.join(", ", slice));
            found.addAll(pages(jql, parsedOrFail(jql), Integer.MAX_VALUE, true, firstPage(slice.size())));
        }
        return found;
    }

    /** A first page for a list of {@code keys} keys: about as many issues, within the page limits. */
    private int firstPage(int keys) {
        return Math.min(maxPage, Math.max(page, keys));
    }

    /**
     * The keys among {@code keys} that the current user may browse: the same batches searched with the user's own
     * permissions (project permissions and issue security), so that a whole view's visibility costs one search per
     * batch rather than one permission check per issue looked up again. Keys Jira does not have are simply absent.
     */
    public Set<String> browsable(Collection<String> keys) {
        List<String> valid = keys.stream().filter(JqlPages::isIssueKey).distinct().sorted().toList();
        Set<String> found = new HashSet<>();
        for (int from = 0; from < valid.size(); from += batch) {
            List<String> slice = valid.subList(from, Math.min(valid.size(), from + batch));
            String jql = "issuekey in (" + String.join(", ", slice) + ")";
            for (Issue issue : pages(jql, parsedOrFail(jql), slice.size(), false, firstPage(slice.size()))) {
                if (issue != null && issue.getKey() != null) {
                    found.add(issue.getKey());
                }
            }
        }
        return found;
    }

    /**
     * Jira's verdict on a query someone typed (a key result's JQL): the parsed query, or Jira's own error messages,
     * in the current user's language. Never throws for a bad query: it is the user's text, not the app's.
     */
    public Parsed parse(String jql) {
        return parse(jql, authentication.getLoggedInUser());
    }

    /** As {@link #parse(String)}, for another user (the one a key result's query runs as). */
    public Parsed parse(String jql, ApplicationUser as) {
        SearchService.ParseResult parsed = search.parseQuery(as, jql);
        if (parsed.isValid() && parsed.getQuery() != null) {
            return new Parsed(parsed.getQuery(), List.of());
        }
        List<String> errors = parsed.getErrors() == null || parsed.getErrors().getErrorMessages() == null
                ? List.of() : List.copyOf(new java.util.TreeSet<>(parsed.getErrors().getErrorMessages()));
        return new Parsed(null, errors.isEmpty() ? List.of(jql) : errors);
    }

    /**
     * Jira's full check of a query someone is about to store: its syntax, then whether the fields, values and
     * functions it names exist for the current user; Jira's own messages in their language, empty when it is fine.
     */
    public List<String> validate(String jql) {
        Parsed parsed = parse(jql);
        if (!parsed.valid()) {
            return parsed.errors();
        }
        return validate(parsed.query(), authentication.getLoggedInUser());
    }

    /** Whether the fields, values and functions of a parsed query exist for {@code as}: Jira's messages, or none. */
    public List<String> validate(Query query, ApplicationUser as) {
        MessageSet errors = search.validateQuery(as, query);
        return errors == null || !errors.hasAnyErrors() || errors.getErrorMessages() == null ? List.of()
                : List.copyOf(new java.util.TreeSet<>(errors.getErrorMessages()));
    }

    /** As {@link #validate(Query, ApplicationUser)}, for the current user. */
    public List<String> validate(Query query) {
        return validate(query, authentication.getLoggedInUser());
    }

    /**
     * How many issues a parsed query finds for the current user, with their own permissions (Jira's security never
     * overridden): one search of a one-issue page, whose total Jira counts. A query Jira fails to run throws
     * {@link SearchFailed} with Jira's message.
     */
    public int count(Query query) {
        try {
            return search.search(authentication.getLoggedInUser(), query, new PagerFilter<Issue>(0, 1)).getTotal();
        } catch (SearchException failed) {
            throw new SearchFailed(failed);
        }
    }

    /** A parsed query, or why Jira refused it (never both). */
    public record Parsed(Query query, List<String> errors) {
        public Parsed {
            errors = List.copyOf(errors);
        }

        public boolean valid() {
            return query != null;
        }
    }

    /**
     * The issues matching a user's {@code query} that {@code searcher} may see (their own permissions, Jira's
     * security never overridden), page by page, when there are at most {@code max}. When Jira counts more, reading
     * stops after the first page: the result says how many matched, so that the caller refuses a figure rather than
     * show one from part of the issues. A query Jira fails to run (a field that is gone) throws {@link SearchFailed}
     * with Jira's message.
     */
    public Found upTo(Query query, int max, ApplicationUser searcher) {
        List<Issue> issues = new ArrayList<>();
        int start = 0;
        int size = page;
        while (true) {
            SearchResults<Issue> results;
            try {
                results = search.search(searcher, query, new PagerFilter<Issue>(start, size));
            } catch (SearchException failed) {
                throw new SearchFailed(failed);
            }
            List<Issue> found = results.getResults() == null ? List.of() : results.getResults();
            issues.addAll(found);
            start += found.size();
            if (results.getTotal() > max || found.isEmpty() || start >= results.getTotal()) {
                return new Found(issues, Math.max(results.getTotal(), issues.size()));
            }
            size = nextPage(results.getTotal() - start);
        }
    }

    /** Jira could not run a user's query; the message is Jira's. */
    public static final class SearchFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SearchFailed(SearchException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Issues read by {@link #upTo}, and how many matched in all. */
    public record Found(List<Issue> issues, int total) {
        public Found {
            issues = List.copyOf(issues);
        }
    }

    /** Every issue matching the query, page by page. */
    public List<Issue> all(String jql) {
        return pages(jql, parsedOrFail(jql), Integer.MAX_VALUE, true, page);
    }

    /** The next page for what is left to read: all of it when it fits on one page. */
    private int nextPage(int left) {
        return Math.max(page, Math.min(maxPage, left));
    }

    private Query parsedOrFail(String jql) {
        SearchService.ParseResult parsed = search.parseQuery(authentication.getLoggedInUser(), jql);
        if (!parsed.isValid()) {
            // The app writes these queries itself, so a parse failure is a bug or a field Jira no longer has.
            throw new IllegalStateException("Jira refused the app's query " + jql + ": "
                    + (parsed.getErrors() == null ? "" : parsed.getErrors().getErrorMessages()));
        }
        return parsed.getQuery();
    }

    /** Pages of {@code query}, the first of {@code first} issues, until Jira has no more (or {@code max} were read). */
    private List<Issue> pages(String jql, Query query, int max, boolean overrideSecurity, int first) {
        List<Issue> found = new ArrayList<>();
        int start = 0;
        int size = first;
        while (found.size() < max) {
            SearchResults<Issue> results = page(query, start, size, overrideSecurity, jql);
            List<Issue> issues = results.getResults() == null ? List.of() : results.getResults();
            found.addAll(issues);
            start += size;
            if (issues.size() < size || start >= results.getTotal()) {
                break;
            }
            size = nextPage(results.getTotal() - start);
        }
        return found;
    }

    private SearchResults<Issue> page(Query query, int start, int size, boolean overrideSecurity, String what) {
        try {
            return overrideSecurity
                    ? search.searchOverrideSecurity(authentication.getLoggedInUser(), query,
                            new PagerFilter<Issue>(start, size))
                    : search.search(authentication.getLoggedInUser(), query, new PagerFilter<Issue>(start, size));
        } catch (SearchException failed) {
            throw new IllegalStateException("Jira's search failed for " + what, failed);
        }
    }
}
