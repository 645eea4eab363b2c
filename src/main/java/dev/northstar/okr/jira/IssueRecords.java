package dev.northstar.okr.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.project.Project;
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
 * issue event drops exactly what the issue touched ({@link IssueChangeListener}) and every other entry stays:
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

    IssueRecords(JqlPages pages, IssueHistory history, JiraFields fields, OkrCache cache) {
        this.pages = pages;
        this.history = history;
        this.fields = fields;
        this.cache = cache;
    }

    /**
     * A custom field a read wants from each issue, in a role that says how its value is kept: {@code P} story points
     * (a number from 0), {@code S} sprints, {@code E} an epic's key, {@code N} a number, {@code T} text. {@code name}
     * stands for the field in the list of missing fields when it has no id.
     */
    record Wanted(String role, String fieldId, String name) {
        String key() {
            return role + ":" + (fieldId == null ? "-" + name : fieldId);
        }

        /** The wanted field a record's value key names. */
        static Wanted of(String key) {
            String role = key.substring(0, key.indexOf(':'));
            String rest = key.substring(key.indexOf(':') + 1);
            return rest.startsWith("-") ? new Wanted(role, null, rest.substring(1)) : new Wanted(role, rest, rest);
        }
    }

    /**
     * What a read needs of each issue: values of every issue, and for issues of the key result type more values and the
     * history of the named fields (the current value's, under its names).
     */
    record Need(List<Wanted> values, String keyResultTypeId, List<Wanted> keyResultValues,
                List<String> keyResultHistories) {
        static final String STATUS = "status";

        Need {
            values = List.copyOf(values);
            keyResultValues = List.copyOf(keyResultValues);
            keyResultHistories = List.copyOf(keyResultHistories);
        }

        boolean keyResult(String typeId) {
            return keyResultTypeId != null && keyResultTypeId.equals(typeId);
        }

        Set<String> valueKeys(String typeId) {
            Set<String> keys = new HashSet<>();
            values.forEach(w -> keys.add(w.key()));
            if (keyResult(typeId)) {
                keyResultValues.forEach(w -> keys.add(w.key()));
            }
            return keys;
        }

        Set<String> histories(String typeId) {
            Set<String> names = new HashSet<>();
            names.add(STATUS);
            if (keyResult(typeId)) {
                names.addAll(keyResultHistories);
            }
            return names;
        }

        boolean coveredBy(IssueRecord record) {
            return record.covers(valueKeys(record.typeId()), histories(record.typeId()));
        }

        /**
         * This need and everything {@code older} holds: an issue read again for more keeps what it had, so that views
         * needing different fields of it do not read it in turns.
         */
        Need with(IssueRecord older) {
            List<Wanted> more = new ArrayList<>(values);
            Set<String> keys = new HashSet<>();
            values.forEach(w -> keys.add(w.key()));
            keyResultValues.forEach(w -> keys.add(w.key()));
            older.values().keySet().stream().filter(keys::add).map(Wanted::of).forEach(more::add);
            List<String> histories = new ArrayList<>(keyResultHistories);
            older.histories().keySet().stream().filter(h -> !h.equals(STATUS) && !histories.contains(h))
                    .forEach(histories::add);
            return new Need(more, keyResultTypeId != null ? keyResultTypeId : histories.isEmpty() ? null
                    : older.typeId(), keyResultValues, histories);
        }
    }

    /** The keys of a membership, read with a clause ({@code cf[10008]}, {@code parent}). */
    record Members(String clause, List<String> keys) {
        Members {
            keys = List.copyOf(keys);
        }
    }

    Read read(Need need) {
        return new Read(need);
    }

    /** One read: every entry it used, each looked up once, in the order used (for {@link JiraIssueFacts}' memo). */
    final class Read {
        private final Need need;
        private final Map<String, IssueRecord> seen = new HashMap<>();
        private final List<Object> used = new ArrayList<>();
        private final Map<String, Optional<CustomField>> customFields = new HashMap<>();

        private Read(Need need) {
            this.need = need;
        }

        /** The cached values this read used, in order: the same objects mean the same facts. */
        List<Object> used() {
            return used;
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
                        record = cache.get(ISSUE + key, IssueRecord.class, () -> absent);
                        if (record.exists() && !need.coveredBy(record)) {
                            record = absent; // Jira found nothing now; the entry was made since by another read
                        }
                        use(key, record);
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
                Optional<Members> members = cache.peek(CHILDREN + initiative, Members.class)
                        .filter(m -> m.clause().equals(clause));
                if (members.isPresent()) {
                    used.add(members.get());
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
                    used.add(members);
                    children.put(initiative, members.keys());
                }
            }
            return children;
        }

        /** The candidate issues of a sprint, searched with {@code clause = id} when not cached. */
        List<String> sprint(int sprintId, String clause) {
            Optional<Members> cached = cache.peek(SPRINT + sprintId, Members.class)
                    .filter(m -> m.clause().equals(clause));
            if (cached.isPresent()) {
                used.add(cached.get());
                return cached.get().keys();
            }
            List<Issue> found = pages.all(clause + " = " + sprintId);
            store(found);
            List<String> keys = found.stream().map(Issue::getKey).filter(JqlPages::isIssueKey).distinct().toList();
            Members members = membership(SPRINT + sprintId, new Members(clause, keys));
            used.add(members);
            return members.keys();
        }

        private Members membership(String key, Members fresh) {
            Members members = cache.get(key, Members.class, () -> fresh);
            if (!members.clause().equals(fresh.clause())) {
                cache.invalidate(key);
                members = cache.get(key, Members.class, () -> fresh);
            }
            return members;
        }

        /** The issue as this read knows it, or as cached when the entry holds what this read needs; else null. */
        IssueRecord known(String key) {
            IssueRecord record = seen.get(key);
            if (record != null) {
                return record;
            }
            if (!JqlPages.isIssueKey(key)) {
                record = IssueRecord.absent(key);
                seen.put(key, record);
                return record;
            }
            Optional<IssueRecord> cached = cache.peek(ISSUE + key, IssueRecord.class).filter(need::coveredBy);
            cached.ifPresent(r -> use(key, r));
            return cached.orElse(null);
        }

        private void use(String key, IssueRecord record) {
            seen.put(key, record);
            used.add(record);
        }

        /**
         * Keeps the issues a search found: those this read or the cache does not know yet become entries, with the
         * history they need read in batches.
         */
        void store(List<Issue> found) {
            List<Issue> fresh = new ArrayList<>();
            Map<String, Need> needs = new HashMap<>();
            Set<String> keys = new HashSet<>();
            for (Issue issue : found) {
                if (issue != null && JqlPages.isIssueKey(issue.getKey()) && keys.add(issue.getKey())
                        && known(issue.getKey()) == null) {
                    fresh.add(issue);
                    needs.put(issue.getKey(), cache.peek(ISSUE + issue.getKey(), IssueRecord.class)
                            .filter(IssueRecord::exists).map(need::with).orElse(need));
                }
            }
            if (fresh.isEmpty()) {
                return;
            }
            List<Issue> withHistory = new ArrayList<>();
            Set<String> names = new LinkedHashSet<>();
            names.add(Need.STATUS);
            for (Issue issue : fresh) {
                Need own = needs.get(issue.getKey());
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
                String key = ISSUE + issue.getKey();
                IssueRecord record = cache.get(key, IssueRecord.class, () -> built);
                if (record != built && !need.coveredBy(record)) {
                    cache.invalidate(key); // an older read needed less: this one replaces it everywhere
                    record = cache.get(key, IssueRecord.class, () -> built);
                }
                use(issue.getKey(), record);
            }
        }

        private IssueRecord build(Issue issue, Map<String, List<IssueHistory.Change>> changes, Need need) {
            String typeId = typeId(issue);
            StatusCategory category = JiraIssueFacts.category(issue);
            boolean keyResult = need.keyResult(typeId);
            Map<String, Object> values = new HashMap<>();
            List<String> missing = new ArrayList<>();
            for (Wanted wanted : need.values()) {
                values.put(wanted.key(), value(issue, wanted, null));
            }
            if (keyResult) {
                for (Wanted wanted : need.keyResultValues()) {
                    values.put(wanted.key(), value(issue, wanted, missing));
                }
            }
            Map<String, List<IssueHistory.Change>> histories = new HashMap<>();
            histories.put(Need.STATUS, category == StatusCategory.TO_DO ? List.of()
                    : changes.getOrDefault(Need.STATUS, List.of()));
            if (keyResult) {
                need.keyResultHistories().forEach(name -> histories.put(name, changes.getOrDefault(name, List.of())));
            }
            Project project = issue.getProjectObject();
            return new IssueRecord(issue.getKey(), true, issue.getId() == null ? 0L : issue.getId(),
                    issue.getSummary(), project == null ? null : project.getKey(), typeId,
                    issue.getIssueType() == null || issue.getIssueType().getName() == null ? ""
                            : issue.getIssueType().getName(), issue.isSubTask(),
                    issue.getStatus() == null ? null : issue.getStatus().getId(), category,
                    IssueHistory.instant(issue.getCreated()), IssueHistory.instant(issue.getUpdated()),
                    IssueHistory.instant(issue.getResolutionDate()), JiraIssueFacts.keyOf(issue.getParentObject()),
                    values, histories, missing);
        }

        private Object value(Issue issue, Wanted wanted, List<String> missing) {
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
            return switch (wanted.role()) {
                case "P" -> JiraIssueFacts.points(value);
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
