package dev.northstar.okr.local.simjira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import dev.northstar.okr.domain.IssueKey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Jira's search over the data set, in the JQL subset {@link SimJql} runs: a query is parsed in the searcher's
 * language, and searched with the searcher's permissions (issues they may not browse are left out) or with security
 * overridden. Results come in issue key order, a page at a time as the pager asks.
 */
final class SimSearch implements SearchService {
    private final SimulatedJira jira;

    SimSearch(SimulatedJira jira) {
        this.jira = jira;
    }

    /** A parsed query: its text and what it matches. */
    private record SimQuery(String jql, Predicate<SimIssue> matches) implements Query {
        @Override
        public String toString() {
            return jql;
        }
    }

    /** Jira's set of error messages. */
    private record Messages(Set<String> errors) implements MessageSet {
        @Override
        public boolean hasAnyErrors() {
            return !errors.isEmpty();
        }

        @Override
        public Set<String> getErrorMessages() {
            return errors;
        }
    }

    @Override
    public SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager)
            throws SearchException {
        return run(query, pager, issue -> searcher != null && jira.service(
                com.atlassian.jira.security.PermissionManager.class).orElseThrow()
                .hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, searcher));
    }

    @Override
    public SearchResults<Issue> searchOverrideSecurity(ApplicationUser searcher, Query query, PagerFilter pager)
            throws SearchException {
        return run(query, pager, issue -> true);
    }

    @Override
    public ParseResult parseQuery(ApplicationUser searcher, String query) {
        SimJql.Parsed parsed = SimJql.parse(query, jira.locale());
        return parsed.valid() ? new ParseResult(new SimQuery(query, parsed.matches()), new Messages(Set.of()))
                : new ParseResult(null, new Messages(new TreeSet<>(parsed.problems())));
    }

    @Override
    public MessageSet validateQuery(ApplicationUser searcher, Query query) {
        // the subset's parser already refuses every field and value it does not know
        return new Messages(query instanceof SimQuery ? Set.of() : Set.of("not a query of this Jira"));
    }

    private SearchResults<Issue> run(Query query, PagerFilter pager, Predicate<SimIssue> visible)
            throws SearchException {
        if (!(query instanceof SimQuery parsed)) {
            throw new SearchException("not a query of this Jira: " + query);
        }
        List<SimIssue> found = new ArrayList<>();
        for (JiraData.Issue issue : jira.data().issues()) {
            SimIssue sim = new SimIssue(issue, jira);
            if (parsed.matches().test(sim) && visible.test(sim)) {
                found.add(sim);
            }
        }
        found.sort(Comparator.comparing(SimIssue::getKey, IssueKey.KEY_ORDER));
        int start = pager == null ? 0 : Math.max(0, pager.getStart());
        int max = pager == null ? found.size() : Math.max(0, pager.getMax());
        List<Issue> page = new ArrayList<>(found.subList(Math.min(start, found.size()),
                (int) Math.min(found.size(), (long) start + max)));
        return new SearchResults<>(page, found.size(), max, start);
    }
}
