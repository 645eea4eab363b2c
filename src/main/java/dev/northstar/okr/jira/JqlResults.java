package dev.northstar.okr.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import dev.northstar.okr.domain.OddValues;
import dev.northstar.okr.domain.NumericHistory;
import dev.northstar.okr.host.OkrCache;
import dev.northstar.okr.reading.FieldChoice;
import dev.northstar.okr.reading.JqlMatch;
import dev.northstar.okr.reading.JqlRequest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What key results' own JQL finds, cached under {@code okr:jql:<digest of the query>} for {@value #SECONDS} seconds:
 * which issues a user's query finds cannot be told from one issue's event, so the result is kept a short while and
 * then read again. The query runs as the user who last saved the key result's settings, with that user's permissions
 * (never overridden: a query cannot count what its author may not see). When that user is gone or Jira no longer runs
 * the query for them, the key result's error asks an editor to save it again: Jira's own messages would quote the
 * query, which only its editors may read. For a sum or an average, the summed field's history of each issue found is
 * read with it, in batches, and a value no sum can use is left out with a note naming the issue. Key results asking
 * the same query as the same owner share one read.
 */
final class JqlResults {
    /** How long what a key result's own JQL found is kept. */
    static final int SECONDS = 60;
    static final String PREFIX = "okr:jql:";
    /**
     * Most issues one key result's JQL may find: 10 pages. A query finding more gives the key result an error
     * rather than a figure from part of its issues, and keeps one view from reading a whole instance.
     */
    static final int MAX_ISSUES = 5000;
    private static final Pattern FIELD_ID = Pattern.compile("customfield_[0-9]+");

    private final JqlPages pages;
    private final IssueHistory history;
    private final JiraFields fields;
    private final UserManager users;
    private final OkrCache cache;
    private final Clock clock;

    JqlResults(JqlPages pages, IssueHistory history, JiraFields fields, UserManager users, OkrCache cache,
               Clock clock) {
        this.pages = pages;
        this.history = history;
        this.fields = fields;
        this.users = users;
        this.cache = cache;
        this.clock = clock;
    }

    /**
     * What a key result's own JQL found, when, the history of the field it sums or averages by issue key, and by issue
     * key the note on a value of that field no sum can use.
     */
    record JqlRecord(Instant readAt, JqlMatch match, Map<String, NumericHistory> aggregated, Map<String, String> notes) {
        JqlRecord {
            aggregated = Map.copyOf(aggregated);
            notes = Map.copyOf(notes);
        }

        static JqlRecord problem(Instant readAt, JqlMatch problem) {
            return new JqlRecord(readAt, problem, Map.of(), Map.of());
        }

        boolean fresh(Instant now) {
            return !readAt.plusSeconds(SECONDS).isBefore(now);
        }
    }

    static String key(JqlRequest request) {
        return PREFIX + digest(request.jql() + "\u0000" + request.aggregateField() + "\u0000" + request.owner());
    }

    /** The query's result, from the cache while fresh, else run; the issues it finds join {@code read}. */
    JqlRecord find(JqlRequest request, IssueRecords.Read read) {
        String key = key(request);
        Instant now = clock.instant();
        JqlRecord cached = cache.get(key, JqlRecord.class, () -> run(request, read, now));
        if (!cached.fresh(now)) {
            cache.invalidate(key);
            cached = cache.get(key, JqlRecord.class, () -> run(request, read, now));
        }
        read.use(key, cached);
        return cached;
    }

    Instant now() {
        return clock.instant();
    }

    private JqlRecord run(JqlRequest request, IssueRecords.Read read, Instant now) {
        CustomField field = null;
        if (!request.aggregateField().isEmpty()) {
            String name = request.aggregateField();
            FieldChoice choice = fields.choose(FIELD_ID.matcher(name).matches() ? name : null, List.of(name));
            if (!choice.ok()) {
                return JqlRecord.problem(now, JqlMatch.problem("aggregateField",
                        choice.problem() == FieldChoice.Problem.AMBIGUOUS
                                ? "okr.error.aggregateFieldAmbiguous" : "okr.error.aggregateFieldMissing",
                        choice.name(), String.join(", ", choice.candidates())));
            }
            field = fields.field(choice.id());
        }
        ApplicationUser owner = request.owner().isEmpty() ? null : users.getUserByKey(request.owner());
        if (owner == null || !owner.isActive()) {
            return JqlRecord.problem(now, JqlMatch.problem("jql", "okr.error.jqlOwner"));
        }
        JqlPages.Parsed parsed = pages.parse(request.jql(), owner);
        if (!parsed.valid() || !pages.validate(parsed.query(), owner).isEmpty()) {
            return JqlRecord.problem(now, JqlMatch.problem("jql", "okr.error.jqlOwner"));
        }
        JqlPages.Found found;
        try {
            found = pages.upTo(parsed.query(), MAX_ISSUES, owner);
        } catch (JqlPages.SearchFailed failed) {
            return JqlRecord.problem(now, JqlMatch.problem("jql", "okr.error.jqlOwner"));
        }
        if (found.total() > MAX_ISSUES) {
            return JqlRecord.problem(now, JqlMatch.problem("jql", "okr.error.jqlTooMany",
                    String.valueOf(found.total()), String.valueOf(MAX_ISSUES)));
        }
        List<Issue> issues = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        Set<String> distinct = new HashSet<>();
        for (Issue issue : found.issues()) {
            if (issue != null && JqlPages.isIssueKey(issue.getKey())) {
                keys.add(issue.getKey());
                if (distinct.add(issue.getKey())) {
                    issues.add(issue);
                }
            }
        }
        read.store(issues);
        Map<String, String> notes = new HashMap<>();
        for (Issue issue : field == null ? List.<Issue>of() : issues) {
            Object value = issue.getCustomFieldValue(field);
            if (OddValues.oddNumber(value)) {
                notes.put(issue.getKey(), OddValues.valueNote(issue.getKey(), field.getName(), value));
            }
        }
        return new JqlRecord(now, JqlMatch.found(keys, field == null ? "" : field.getId()), aggregated(issues, field),
                notes);
    }

    /** Each issue's summed field over time, its changes read in batches under the field's names. */
    private Map<String, NumericHistory> aggregated(List<Issue> issues, CustomField field) {
        Map<String, NumericHistory> aggregated = new HashMap<>();
        if (field == null) {
            return aggregated;
        }
        String untranslated = field.getUntranslatedName();
        String translated = field.getName() != null && !field.getName().equals(untranslated) ? field.getName() : null;
        List<String> names = new ArrayList<>();
        for (String name : new String[] {untranslated, translated}) {
            if (name != null) {
                names.add(name);
            }
        }
        Map<Long, Map<String, List<IssueHistory.Change>>> changes = history.read(issues, names);
        for (Issue issue : issues) {
            Map<String, List<IssueHistory.Change>> own = changes.getOrDefault(issue.getId(), Map.of());
            aggregated.put(issue.getKey(), IssueHistory.values(IssueHistory.instant(issue.getCreated()),
                    untranslated == null ? List.of() : own.getOrDefault(untranslated, List.of()),
                    translated == null ? null : own.getOrDefault(translated, List.of()),
                    IssueHistory.number(issue.getCustomFieldValue(field))));
        }
        return aggregated;
    }

    /** A short, stable digest of a text: SHA-256, 128 bits in hex. */
    static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
