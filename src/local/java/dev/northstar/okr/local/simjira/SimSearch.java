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
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Jira's search over the data set, in the JQL subset {@link SimJql} runs: a query is parsed in the searcher's
 * language, and searched with the searcher's permissions (issues they may not browse are left out) or with security
 * overridden. Results come in issue key order, a page at a time as the pager asks.
 *
 * <p>Like Jira's own index, it does not look at every issue for a query it can answer from an index: a query with a
 * clause {@code key in (...)}, {@code parent in (...)}, {@code sprint = n} or {@code cf[n] in (...)} / {@code cf[n] = v}
 * on the Epic Link or Sprint field starts from that clause's issues ({@link JiraData}'s indexes), and the whole query
 * is then checked on each of them, so the answer is the one a scan would give. The last query's sorted matches are
 * kept until the data changes, so that reading the pages of one result sorts it once.
 */
final class SimSearch implements SearchService {
    private final SimulatedJira jira;
    private Found last;

    /** One query's sorted matches at one version of the data, for one searcher ("*" with security overridden). */
    private record Found(String jql, String searcher, long version, List<SimIssue> issues) {
    }

    SimSearch(SimulatedJira jira) {
        this.jira = jira;
    }

    /** A parsed query: its text, what it matches and its clauses. */
    private record SimQuery(String jql, Predicate<SimIssue> matches, List<SimJql.Clause> clauses) implements Query {
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
        return run(query, pager, searcher == null ? "" : "user:" + searcher.getKey(), issue -> searcher != null
                && jira.permissions().hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, searcher));
    }

    @Override
    public SearchResults<Issue> searchOverrideSecurity(ApplicationUser searcher, Query query, PagerFilter pager)
            throws SearchException {
        return run(query, pager, "*", issue -> true);
    }

    @Override
    public ParseResult parseQuery(ApplicationUser searcher, String query) {
        SimJql.Parsed parsed = SimJql.parse(query, jira.locale());
        return parsed.valid() ? new ParseResult(new SimQuery(query, parsed.matches(), parsed.clauses()), new Messages(Set.of()))
                : new ParseResult(null, new Messages(new TreeSet<>(parsed.problems())));
    }

    @Override
    public MessageSet validateQuery(ApplicationUser searcher, Query query) {
        // the subset's parser already refuses every field and value it does not know
        return new Messages(query instanceof SimQuery ? Set.of() : Set.of("not a query of this Jira"));
    }

    private SearchResults<Issue> run(Query query, PagerFilter pager, String searcher, Predicate<SimIssue> visible)
            throws SearchException {
        if (!(query instanceof SimQuery parsed)) {
            throw new SearchException("not a query of this Jira: " + query);
        }
        List<SimIssue> found = matches(parsed, searcher, visible);
        int start = pager == null ? 0 : Math.max(0, pager.getStart());
        int max = pager == null ? found.size() : Math.max(0, pager.getMax());
        List<Issue> page = new ArrayList<>(found.subList(Math.min(start, found.size()),
                (int) Math.min(found.size(), (long) start + max)));
        return new SearchResults<>(page, found.size(), max, start);
    }

    private List<SimIssue> matches(SimQuery query, String searcher, Predicate<SimIssue> visible) {
        JiraData data = jira.data();
        long version = data.version();
        synchronized (this) {
            Found kept = last;
            if (kept != null && kept.version() == version && kept.jql().equals(query.jql())
                    && kept.searcher().equals(searcher)) {
                return kept.issues();
            }
        }
        List<SimIssue> found = new ArrayList<>();
        Collection<String> candidates = candidates(query.clauses());
        if (candidates == null) {
            for (JiraData.Issue issue : data.issues()) {
                test(new SimIssue(issue, jira), query, visible, found);
            }
        } else {
            for (String key : candidates) {
                data.issue(key).ifPresent(issue -> test(new SimIssue(issue, jira), query, visible, found));
            }
        }
        List<SimIssue> sorted = sorted(found);
        synchronized (this) {
            last = new Found(query.jql(), searcher, version, sorted);
        }
        return sorted;
    }

    /** In issue key order, each key split once (sorting tens of thousands of issues per search). */
    private static List<SimIssue> sorted(List<SimIssue> found) {
        record Keyed(String project, long number, String key, SimIssue issue) {
        }
        List<Keyed> keyed = new ArrayList<>(found.size());
        for (SimIssue issue : found) {
            String key = issue.getKey();
            int dash = key.lastIndexOf('-');
            long number = -1;
            try {
                number = dash > 0 ? Long.parseLong(key.substring(dash + 1)) : -1;
            } catch (NumberFormatException notAKey) {
                // sorted below by the key order itself
            }
            keyed.add(new Keyed(dash > 0 ? key.substring(0, dash) : key, number, key, issue));
        }
        keyed.sort((a, b) -> {
            if (a.number() >= 0 && b.number() >= 0) {
                int project = a.project().compareTo(b.project());
                return project != 0 ? project : Long.compare(a.number(), b.number());
            }
            return IssueKey.KEY_ORDER.compare(a.key(), b.key());
        });
        return keyed.stream().map(Keyed::issue).toList();
    }

    private static void test(SimIssue issue, SimQuery query, Predicate<SimIssue> visible, List<SimIssue> found) {
        if (query.matches().test(issue) && visible.test(issue)) {
            found.add(issue);
        }
    }

    /**
     * The issues one positive clause can find through an index (a superset of the query's matches), or null when no
     * clause can and every issue is looked at.
     */
    private Collection<String> candidates(List<SimJql.Clause> clauses) {
        JiraData data = jira.data();
        for (SimJql.Clause clause : clauses) {
            if (clause.negated()) {
                continue;
            }
            Set<String> keys = new LinkedHashSet<>();
            switch (indexOf(clause.field())) {
                case KEY -> clause.values().forEach(v -> keys.add(v.toUpperCase(Locale.ROOT)));
                case EPIC_OR_PARENT -> clause.values().forEach(v -> keys.addAll(data.childrenOf(v)));
                case EPIC -> clause.values().forEach(v -> keys.addAll(data.childrenOfEpic(v)));
                case SPRINT -> clause.values().forEach(v -> sprint(v).ifPresent(id -> keys.addAll(data.inSprint(id))));
                default -> {
                    continue;
                }
            }
            return keys;
        }
        return null;
    }

    private enum Index {
        KEY, EPIC_OR_PARENT, EPIC, SPRINT, NONE
    }

    private Index indexOf(String field) {
        switch (field) {
            case "key", "issuekey" -> {
                return Index.KEY;
            }
            case "parent", "epic link" -> {
                return Index.EPIC_OR_PARENT;
            }
            case "sprint" -> {
                return Index.SPRINT;
            }
            default -> {
                if (!field.startsWith("cf[")) {
                    return Index.NONE;
                }
                String type = jira.config().field("customfield_" + field.substring(3, field.length() - 1))
                        .map(SimCustomField::typeKey).orElse(null);
                return JiraConfig.EPIC_LINK_TYPE.equals(type) ? Index.EPIC
                        : JiraConfig.SPRINT_TYPE.equals(type) ? Index.SPRINT : Index.NONE;
            }
        }
    }

    private static java.util.Optional<Integer> sprint(String value) {
        try {
            return java.util.Optional.of(Integer.parseInt(value.trim()));
        } catch (NumberFormatException notAnId) {
            return java.util.Optional.empty();
        }
    }
}
