package dev.northstar.okr.local.simjira;

import com.atlassian.jira.permission.ProjectPermissions;
import dev.northstar.okr.domain.IssueKey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Jira's issue picker search ("Current Search" of {@code GET /rest/api/2/issue/picker}) over the data set, as the
 * logged-in user: issues they may browse (issue security included) that match the picker's {@code currentJQL} (the
 * {@link SimJql} subset) and whose key starts with what was typed or whose summary has a word starting with each word
 * typed, in issue key order, the issue named {@code currentIssueKey} left out, sub-tasks too unless asked for.
 */
public final class SimIssuePicker {
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** One suggested issue: its key, summary and type name (for the type's icon). */
    public record Suggestion(String key, String summary, String typeName) {
    }

    /**
     * The picker's answer: the first suggestions, how many issues matched in all, and why the {@code currentJQL} was
     * refused (in the user's language), empty when it was not.
     */
    public record Result(List<Suggestion> issues, int total, List<String> problems) {
        public Result {
            issues = List.copyOf(issues);
            problems = List.copyOf(problems);
        }
    }

    private final SimulatedJira jira;

    SimIssuePicker(SimulatedJira jira) {
        this.jira = jira;
    }

    /**
     * @param query           what the user typed
     * @param currentJql      narrows the suggestions; null or blank for none
     * @param currentIssueKey an issue never suggested (the one the picker is used on); may be null
     * @param showSubTasks    whether sub-tasks are suggested
     * @param limit           at most this many suggestions
     */
    public Result pick(String query, String currentJql, String currentIssueKey, boolean showSubTasks, int limit) {
        Predicate<SimIssue> narrowed = issue -> true;
        if (currentJql != null && !currentJql.isBlank()) {
            SimJql.Parsed parsed = SimJql.parse(currentJql, jira.locale());
            if (!parsed.valid()) {
                return new Result(List.of(), 0, parsed.problems());
            }
            narrowed = parsed.matches();
        }
        String typed = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        if (typed.isEmpty()) {
            return new Result(List.of(), 0, List.of());
        }
        List<String> words = words(typed);
        DemoUser user = jira.currentUser();
        SimUser searcher = user == null ? null : new SimUser(user);
        List<SimIssue> found = new ArrayList<>();
        for (JiraData.Issue data : jira.data().issues()) {
            if ((!showSubTasks && data.subtask()) || data.key().equalsIgnoreCase(String.valueOf(currentIssueKey))
                    || !(data.key().toLowerCase(Locale.ROOT).startsWith(typed) || summaryHas(data.summary(), words))) {
                continue;
            }
            SimIssue issue = new SimIssue(data, jira);
            if (searcher != null && narrowed.test(issue)
                    && jira.permissions().hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, searcher)) {
                found.add(issue);
            }
        }
        found.sort(Comparator.comparing(SimIssue::getKey, IssueKey.KEY_ORDER));
        List<Suggestion> first = found.stream().limit(Math.max(0, limit))
                .map(i -> new Suggestion(i.getKey(), i.getSummary(), i.data().typeName())).toList();
        return new Result(first, found.size(), List.of());
    }

    /** Every word typed starts a word of the summary (case aside), and something was typed. */
    private static boolean summaryHas(String summary, List<String> typed) {
        if (typed.isEmpty() || summary == null) {
            return false;
        }
        Set<String> words = words(summary.toLowerCase(Locale.ROOT)).stream().collect(Collectors.toSet());
        return typed.stream().allMatch(t -> words.stream().anyMatch(w -> w.startsWith(t)));
    }

    private static List<String> words(String text) {
        return Arrays.stream(WORDS.split(text)).filter(w -> !w.isEmpty()).toList();
    }
}
