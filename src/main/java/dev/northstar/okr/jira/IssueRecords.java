package dev.northstar.okr.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.project.Project;
import dev.northstar.okr.domain.OddValues;
import dev.northstar.okr.domain.StatusCategory;
import dev.northstar.okr.host.OkrCache;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Jira's issues as the app keeps them in its cluster-wide cache, one entry per issue and per membership, so that an
 * issue event drops exactly what the issue touched ({@link StaleEntries}) and every other entry stays:
 * <ul>
 *   <li>{@code okr:issue:<key>}: the issue ({@link IssueRecord}), or that Jira has none of that key;</li>
 *   <li>{@code okr:children:<key>}: the keys of the issues whose Epic Link (or, without Jira Software, parent) is
 *       that initiative, as the last search found them;</li>
 *   <li>{@code okr:sprint:<id>}: the keys of the issues in that sprint, as the last search found them.</li>
 * </ul>
 * A membership entry is a list of candidates: a read keeps a candidate only if the candidate's own entry still names
 * the initiative or sprint ({@link JiraIssueFacts}), so an entry left with an issue that moved elsewhere counts
 * nothing wrong; an issue that moved in drops the entry of where it is now. What is missing is read in batches: one
 * search per {@value JqlPages#BATCH} keys or initiatives (paged), and one history read per {@value IssueHistory#BATCH}
 * issues.
 */
final class IssueRecords {
    static final String ISSUE = "okr:issue:";
    static final String CHILDREN = "okr:children:";
    static final String SPRINT = "okr:sprint:";

    private final JqlPages pages;
    private final IssueHistory history;
    private final JiraFields fields;
    private final OkrCache cache;
    /** Each issue's cache key, made once (its hash then computed once): a view looks up tens of thousands. */
    private final Map<String, String> issueKeys = new java.util.concurrent.ConcurrentHashMap<>();

    IssueRecords(JqlPages pages, IssueHistory history, JiraFields fields, OkrCache cache) {
        this.pages = pages;
        this.history = history;
        this.fields = fields;
        this.cache = cache;
    }

    /** The keys of a membership, read with a clause ({@code cf[10008]}, {@code parent}). */
    record Members(String clause, List<String> keys) {
        Members {
            keys = List.copyOf(keys);
        }
    }

    /** The cache key of an issue's entry. */
    String issueKey(String key) {
        String cacheKey = issueKeys.get(key);
        if (cacheKey == null) {
            cacheKey = ISSUE + key;
            if (issueKeys.size() < 1_000_000) {
                issueKeys.put(key, cacheKey);
            }
        }
        return cacheKey;
    }

    Read read(IssueNeed need, Reuse reuse) {
        return new Read(need, reuse);
    }

    /**
     * What the last same read used that is still in the cache, the very same objects: issues by key and memberships by
     * cache key, taken as they are without looking them up again. Only {@code changed} cache keys are looked up.
     */
    record Reuse(Overlay<String, IssueRecord> records, Map<String, Members> memberships, Set<String> changed) {
        static final Reuse NONE = new Reuse(Overlay.of(Map.of(), false), Map.of(), Set.of());
    }

    /** One read: every entry it used, each looked up once, with its cache key, in the order used. */
    final class Read {
        private final IssueNeed need;
        private final Reuse reuse;
        private final Map<String, IssueRecord> seen;
        private final List<String> usedKeys = new ArrayList<>();
        private final List<Object> used = new ArrayList<>();
        private final Map<String, Optional<CustomField>> customFields = new HashMap<>();

        private Read(IssueNeed need, Reuse reuse) {
            this.need = need;
            this.reuse = reuse;
            this.seen = new HashMap<>(Math.max(16, reuse.memberships().size() * 16));
        }

        /** The issues this read used, by key (those Jira has not included). */
        Map<String, IssueRecord> seen() {
            return seen;
        }

        /** The cache keys of the entries this read used, in order. */
        List<String> usedKeys() {
            return usedKeys;
        }

        /** The cached values this read used, in order: the same objects under the same keys mean the same facts. */
        List<Object> used() {
            return used;
        }

        void use(String cacheKey, Object value) {
            usedKeys.add(cacheKey);
            used.add(value);
        }

        /** The issues of these keys (absent ones included, as not existing), reading the missing in one search. */
        Map<String, IssueRecord> byKeys(Collection<String> keys) {
            Map<String, IssueRecord> found = new LinkedHashMap<>();
            Set<String> missing = new LinkedHashSet<>();
            for (String key : keys) {
                IssueRecord known = known(key);
                if (known != null) {
                    found.put(key, known);
                } else {
                    missing.add(key);
                }
            }
            if (!missing.isEmpty()) {
                store(pages.byKeys("issuekey in (%s)", missing));
                for (String key : missing) {
                    IssueRecord record = seen.get(key);
                    if (record == null) {
                        IssueRecord absent = IssueRecord.absent(key);
                        record = cache.get(issueKey(key), IssueRecord.class, () -> absent);
                        if (record.exists() && !need.coveredBy(record)) {
                            record = absent; // Jira found nothing now; the entry was made since by another read
                        }
                        remember(key, record);
                    }
                    found.put(key, record);
                }
            }
            return found;
        }

        /**
         * The candidate children of each initiative: cached ones as they are, the missing ones in one search (per
         * batch of initiatives) whose results are grouped by {@code owner}, the initiative each result names.
         */
        Map<String, List<String>> children(Collection<String> initiatives, String clause,
                                           Function<Issue, String> owner) {
            Map<String, List<String>> children = new LinkedHashMap<>();
            Set<String> missing = new LinkedHashSet<>();
            for (String initiative : initiatives) {
                String key = CHILDREN + initiative;
                Optional<Members> members = reused(key).or(() -> cache.peek(key, Members.class))
                        .filter(m -> m.clause().equals(clause));
                if (members.isPresent()) {
                    use(key, members.get());
                    children.put(initiative, members.get().keys());
                } else {
                    missing.add(initiative);
                }
            }
            if (!missing.isEmpty()) {
                List<Issue> found = pages.byKeys(clause + " in (%s)", missing);
                store(found);
                Map<String, List<String>> grouped = new HashMap<>();
                Map<String, String> upper = new HashMap<>();
                missing.forEach(i -> upper.put(i.toUpperCase(Locale.ROOT), i));
                for (Issue issue : found) {
                    String of = owner.apply(issue);
                    String initiative = of == null ? null : upper.get(of.toUpperCase(Locale.ROOT));
                    if (initiative != null && JqlPages.isIssueKey(issue.getKey())) {
                        grouped.computeIfAbsent(initiative, k -> new ArrayList<>()).add(issue.getKey());
                    }
                }
                for (String initiative : missing) {
                    Members fresh = new Members(clause, grouped.getOrDefault(initiative, List.of()));
                    Members members = membership(CHILDREN + initiative, fresh);
                    children.put(initiative, members.keys());
                }
            }
            return children;
        }

        /** The candidate issues of a sprint, searched with {@code clause = id} when not cached. */
        List<String> sprint(int sprintId, String clause) {
            String key = SPRINT + sprintId;
            Optional<Members> cached = reused(key).or(() -> cache.peek(key, Members.class))
                    .filter(m -> m.clause().equals(clause));
            if (cached.isPresent()) {
                use(key, cached.get());
                return cached.get().keys();
            }
            List<Issue> found = pages.all(clause + " = " + sprintId);
            store(found);
            List<String> keys = found.stream().map(Issue::getKey).filter(JqlPages::isIssueKey).distinct().toList();
            return membership(key, new Members(clause, keys)).keys();
        }

        private Optional<Members> reused(String key) {
            Members members = reuse.memberships().get(key);
            return members == null || reuse.changed().contains(key) ? Optional.empty() : Optional.of(members);
        }

        private Members membership(String key, Members fresh) {
            Members members = cache.get(key, Members.class, () -> fresh);
            if (!members.clause().equals(fresh.clause())) {
                cache.invalidate(key);
                members = cache.get(key, Members.class, () -> fresh);
            }
            use(key, members);
            return members;
        }

        /** The issue as this read knows it, or as cached when the entry holds what this read needs; else null. */
        IssueRecord known(String key) {
            IssueRecord record = seen.get(key);
            if (record != null) {
                return record;
            }
            record = reuse.records().get(key);
            if (record != null && !reuse.changed().contains(key)) {
                remember(key, record);
                return record;
            }
            if (!JqlPages.isIssueKey(key)) {
                record = IssueRecord.absent(key);
                seen.put(key, record);
                return record;
            }
            Optional<IssueRecord> cached = cache.peek(issueKey(key), IssueRecord.class).filter(need::coveredBy);
            cached.ifPresent(r -> remember(key, r));
            return cached.orElse(null);
        }

        private void remember(String key, IssueRecord record) {
            seen.put(key, record);
            use(issueKey(key), record);
        }

        /**
         * Keeps the issues a search found: those this read or the cache does not know yet become entries, with the
         * history they need read in batches (an entry that held less is replaced by one holding both).
         */
        void store(List<Issue> found) {
            List<Issue> fresh = new ArrayList<>();
            Map<String, IssueNeed> needs = new HashMap<>();
            Set<String> keys = new HashSet<>();
            for (Issue issue : found) {
                if (issue != null && JqlPages.isIssueKey(issue.getKey()) && keys.add(issue.getKey())
                        && known(issue.getKey()) == null) {
                    fresh.add(issue);
                    needs.put(issue.getKey(), cache.peek(issueKey(issue.getKey()), IssueRecord.class)
                            .filter(IssueRecord::exists).map(need::with).orElse(need));
                }
            }
            if (fresh.isEmpty()) {
                return;
            }
            List<Issue> withHistory = new ArrayList<>();
            Set<String> names = new LinkedHashSet<>();
            names.add(IssueNeed.STATUS);
            names.add(IssueNeed.RESOLUTION);
            for (Issue issue : fresh) {
                IssueNeed own = needs.get(issue.getKey());
                boolean kr = own.keyResult(typeId(issue));
                if (kr) {
                    names.addAll(own.keyResultHistories());
                }
                if (kr || JiraIssueFacts.category(issue) != StatusCategory.TO_DO) {
                    withHistory.add(issue);
                }
            }
            Map<Long, Map<String, List<IssueHistory.Change>>> changes = history.read(withHistory, names);
            for (Issue issue : fresh) {
                IssueRecord built = build(issue, changes.getOrDefault(issue.getId(), Map.of()),
                        needs.get(issue.getKey()));
                String key = issueKey(issue.getKey());
                IssueRecord record = cache.get(key, IssueRecord.class, () -> built);
                if (record != built && !need.coveredBy(record)) {
                    cache.invalidate(key); // an older read needed less: this one replaces it everywhere
                    record = cache.get(key, IssueRecord.class, () -> built);
                }
                remember(issue.getKey(), record);
            }
        }

        private IssueRecord build(Issue issue, Map<String, List<IssueHistory.Change>> changes, IssueNeed need) {
            String typeId = typeId(issue);
            StatusCategory category = JiraIssueFacts.category(issue);
            boolean keyResult = need.keyResult(typeId);
            Map<String, Object> values = new HashMap<>();
            List<String> missing = new ArrayList<>();
            Map<String, String> notes = new LinkedHashMap<>();
            for (IssueNeed.Wanted wanted : need.values()) {
                values.put(wanted.key(), value(issue, wanted, null, notes));
            }
            if (keyResult) {
                for (IssueNeed.Wanted wanted : need.keyResultValues()) {
                    values.put(wanted.key(), value(issue, wanted, missing, notes));
                }
            }
            Map<String, List<IssueHistory.Change>> histories = new HashMap<>();
            histories.put(IssueNeed.STATUS, category == StatusCategory.TO_DO ? List.of()
                    : changes.getOrDefault(IssueNeed.STATUS, List.of()));
            histories.put(IssueNeed.RESOLUTION, category != StatusCategory.DONE ? List.of()
                    : changes.getOrDefault(IssueNeed.RESOLUTION, List.of()));
            if (keyResult) {
                need.keyResultHistories().forEach(name -> histories.put(name, changes.getOrDefault(name, List.of())));
            }
            Project project = issue.getProjectObject();
            String typeName = issue.getIssueType() == null || issue.getIssueType().getName() == null ? ""
                    : issue.getIssueType().getName();
            IssueRecord.Core core = new IssueRecord.Core(issue.getId() == null ? 0L : issue.getId(), issue.getSummary(),
                    project == null ? null : project.getKey(), typeId, typeName, issue.isSubTask(),
                    JiraIssueFacts.keyOf(issue.getParentObject()));
            IssueRecord.State state = new IssueRecord.State(issue.getStatus() == null ? null
                    : issue.getStatus().getId(), category, IssueHistory.instant(issue.getCreated()),
                    IssueHistory.instant(issue.getUpdated()), IssueHistory.instant(issue.getResolutionDate()));
            return new IssueRecord(issue.getKey(), core, state, values, histories, missing, notes);
        }

        /**
         * A field's value reduced to what the app keeps. Jira's number fields accept values the figures cannot use (a
         * negative estimate, text): such a value is kept as none, with a note naming the issue in {@code notes}.
         */
        private Object value(Issue issue, IssueNeed.Wanted wanted, List<String> missing, Map<String, String> notes) {
            CustomField field = wanted.fieldId() == null ? null
                    : customFields.computeIfAbsent(wanted.fieldId(), id -> Optional.ofNullable(fields.field(id)))
                    .orElse(null);
            if (field == null) {
                if (missing != null) {
                    missing.add(wanted.fieldId() == null ? wanted.name() : wanted.fieldId());
                }
                return null;
            }
            Object value = issue.getCustomFieldValue(field);
            if (wanted.role().equals("P") && value != null
                    && (!(value instanceof Number || value instanceof String) || OddValues.oddEstimate(value))) {
                notes.put(wanted.key(), OddValues.estimateNote(issue.getKey(), value));
            } else if (wanted.role().equals("N") && OddValues.oddNumber(value)) {
                notes.put(wanted.key(), OddValues.valueNote(issue.getKey(), field.getName(), value));
            }
            return switch (wanted.role()) {
                case "P" -> value instanceof Number || value instanceof String ? OddValues.estimate(value) : null;
                case "S" -> List.copyOf(SprintValues.read(value));
                case "E" -> value instanceof Issue epic ? epic.getKey() : value instanceof String s ? s : null;
                case "N" -> IssueHistory.number(value);
                default -> value == null ? null : value.toString();
            };
        }
    }

    private static String typeId(Issue issue) {
        return issue.getIssueType() == null ? null : issue.getIssueType().getId();
    }
}
