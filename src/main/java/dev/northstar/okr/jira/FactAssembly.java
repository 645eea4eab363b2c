package dev.northstar.okr.jira;

import dev.northstar.okr.domain.IssueFact;
import dev.northstar.okr.domain.NumericHistory;
import dev.northstar.okr.domain.Sprint;
import dev.northstar.okr.domain.StatusCategory;
import dev.northstar.okr.host.OkrCache;
import dev.northstar.okr.reading.FactRequest;
import dev.northstar.okr.reading.FactSet;
import dev.northstar.okr.reading.JqlMatch;
import dev.northstar.okr.reading.KeyResultValues;
import dev.northstar.okr.schema.OkrSchema;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The engine's facts made from cached issue entries, and the facts made last for each request (this node only: they
 * hold nothing the cache does not): a request whose entries are all the very objects of the last time gets the same
 * facts back, told by looking each entry up once under its key; after an edit only the changed issues' facts are
 * made again, unless Jira's statuses changed, when every fact is.
 */
final class FactAssembly {
    private static final int KEPT = 32;

    private final OkrCache cache;
    private final JiraFields fields;
    private final Map<FactRequest, Made> made = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<FactRequest, Made> eldest) {
            return size() > KEPT;
        }
    });

    FactAssembly(OkrCache cache, JiraFields fields) {
        this.cache = cache;
        this.fields = fields;
    }

    /** What every fact of a read with these fields depends on besides its issue: Jira's statuses by category. */
    Learned learned(Roles roles) {
        JiraFields.Statuses statuses = fields.statuses();
        return new Learned(roles, statuses.done(), statuses.started());
    }

    /**
     * What the last same read can lend this one: its facts when every entry they were made from is still the same
     * object in the cache (and every JQL result still fresh at {@code now}), else the entries still the same, to be
     * taken as they are, and the keys of those that changed (issue keys for issues, cache keys for the rest).
     */
    Check check(FactRequest request, Instant now) {
        Made last = made.get(request);
        if (last == null || !last.learned.equals(learned(last.learned.roles()))) {
            return new Check(null, IssueRecords.Reuse.NONE, null); // first read, or a status came or went
        }
        Set<String> changed = new HashSet<>();
        for (int i = 0; i < last.keys.length; i++) {
            Object value = cache.peek(last.keys[i], Object.class).orElse(null);
            if (value != last.values[i] || value instanceof JqlResults.JqlRecord jql && !jql.fresh(now)) {
                String key = last.keys[i];
                changed.add(key.startsWith(IssueRecords.ISSUE) ? key.substring(IssueRecords.ISSUE.length()) : key);
            }
        }
        return changed.isEmpty() ? new Check(last.facts, null, last)
                : new Check(null, new IssueRecords.Reuse(last.records(), last.memberships(), changed), last);
    }

    /** The facts to use as they are, or what a new read can reuse; and what was made last (null if nothing). */
    record Check(FactSet facts, IssueRecords.Reuse reuse, Made last) {
    }

    void remember(FactRequest request, Made made) {
        this.made.put(request, made);
    }

    /** The facts of the issues read, in order; remembered with the entries they came from. */
    FactSet assemble(FactRequest request, IssueRecords.Read read, Map<String, IssueRecord> byKey,
                     Set<String> initiatives, Map<String, String> initiativeOf, Roles roles, Map<String, JqlMatch> jql,
                     Map<String, Map<String, NumericHistory>> aggregated, Map<String, List<String>> aggregatedNotes,
                     Function<IssueRecord, KeyResultValues> keyResultValues) {
        Learned learned = learned(roles);
        Set<String> doneStatuses = learned.done();
        Set<String> startedStatuses = learned.started();
        Made last = made.get(request);
        boolean reuse = last != null && last.learned.equals(learned);
        Set<String> krKeys = request.keyResults();
        Map<String, KeyResultValues> values = new HashMap<>();
        Map<Integer, Sprint> sprints = new HashMap<>();
        List<IssueFact> facts = new ArrayList<>(byKey.size());
        Map<IssueRecord, IssueFact> byRecord = new IdentityHashMap<>(byKey.size() * 2);
        for (IssueRecord issue : byKey.values()) {
            String key = issue.key();
            boolean plain = !krKeys.contains(key) && !aggregated.containsKey(key) && !aggregatedNotes.containsKey(key);
            IssueFact fact = reuse && plain ? last.reused.facts().get(issue) : null;
            if (fact == null) {
                Map<String, NumericHistory> numeric = Map.of();
                if (krKeys.contains(key)) {
                    KeyResultValues v = keyResultValues.apply(issue);
                    values.put(key, v);
                    if (!v.history().isEmpty()) {
                        numeric = Map.of(v.currentField(), v.history());
                    }
                }
                Map<String, NumericHistory> summed = aggregated.getOrDefault(key, Map.of());
                if (!summed.isEmpty()) {
                    Map<String, NumericHistory> all = new HashMap<>(numeric);
                    all.putAll(summed);
                    numeric = all;
                }
                fact = fact(issue, roles, initiatives, learned, krKeys.contains(key), numeric,
                        aggregatedNotes.getOrDefault(key, List.of()));
            }
            if (roles.sprint() != null && issue.value(roles.sprint()) instanceof List<?> list) {
                for (Object o : list) {
                    Sprint s = (Sprint) o;
                    sprints.putIfAbsent(s.id(), s);
                }
            }
            facts.add(fact);
            if (plain) {
                byRecord.put(issue, fact);
            }
        }
        FactSet set = new FactSet(facts, values, sprints, jql);
        Map<String, IssueRecords.Members> memberships = new HashMap<>();
        Map<String, Integer> usedIndex = new HashMap<>(read.used().size() * 2);
        for (int i = 0; i < read.used().size(); i++) {
            usedIndex.put(read.usedKeys().get(i), i);
            if (read.used().get(i) instanceof IssueRecords.Members members) {
                memberships.put(read.usedKeys().get(i), members);
            }
        }
        Map<String, Integer> position = new HashMap<>(facts.size() * 2);
        for (int i = 0; i < facts.size(); i++) {
            position.put(facts.get(i).key(), i);
        }
        made.put(request, new Made(read.usedKeys().toArray(new String[0]), read.used().toArray(), set,
                new Reused(Overlay.of(byRecord, true), Overlay.of(read.seen(), false), Map.copyOf(memberships)),
                learned,
                new Layout(List.copyOf(byKey.values()), position, usedIndex, initiativeOf)));
        return set;
    }

    /** The value keys a request reads: the epic link, sprint and story points fields', or null for none. */
    record Roles(String epic, String sprint, String points) {
    }

    /**
     * One issue's fact. Values the figures cannot use are left out with a note naming the issue: a key result's odd
     * start, target or current value, an odd value of a field its JQL sums ({@code aggregatedNotes}), an odd estimate.
     */
    static IssueFact fact(IssueRecord issue, Roles roles, Set<String> initiatives, Learned learned, boolean keyResult,
                          Map<String, NumericHistory> numeric, List<String> aggregatedNotes) {
        Set<String> doneStatuses = learned.done();
        Set<String> startedStatuses = learned.started();
        List<Integer> sprintIds = new ArrayList<>();
        if (roles.sprint() != null && issue.value(roles.sprint()) instanceof List<?> list) {
            list.forEach(o -> sprintIds.add(((Sprint) o).id()));
        }
        IssueRecord.State state = issue.state();
        StatusCategory category = state.category();
        Instant created = state.created();
        Instant updated = state.updated();
        Instant since = created != null ? created : updated != null ? updated : Instant.EPOCH;
        // one read of the status history serves both instants; issues to do now need neither
        List<IssueHistory.Change> moves = category == StatusCategory.TO_DO ? List.of()
                : issue.history(IssueNeed.STATUS);
        List<String> notes = new ArrayList<>();
        if (keyResult) {
            issue.notes().forEach((valueKey, note) -> {
                if (valueKey.startsWith("N:")) {
                    notes.add(note);
                }
            });
        }
        notes.addAll(aggregatedNotes);
        String pointsNote = roles.points() == null ? null : issue.notes().get(roles.points());
        if (pointsNote != null) {
            notes.add(pointsNote);
        }
        IssueRecord.Core core = issue.core();
        return IssueFact.builder(issue.key()).type(core.typeName())
                .subtask(core.subtask()).statusCategory(category)
                .created(since).resolved(state.resolved()).updated(updated)
                .firstDoneTransition(category == StatusCategory.DONE ? IssueHistory.firstInto(moves, doneStatuses) : null)
                .firstInProgress(IssueHistory.firstInProgress(moves, startedStatuses, since))
                // a done issue was done no later than its resolution was first set (a migration may have moved statuses)
                .firstResolutionSet(category == StatusCategory.DONE
                        ? IssueHistory.firstSet(issue.history(IssueNeed.RESOLUTION)) : null)
                .epicKey(epicOf(issue, roles.epic(), initiatives))
                .parentKey(core.subtask() ? core.parentKey() : null)
                .storyPoints(roles.points() == null ? null : (Double) issue.value(roles.points()))
                .sprintIds(sprintIds).numericFields(numeric).notes(notes)
                .build();
    }

    private static String epicOf(IssueRecord issue, String epicRole, Set<String> initiatives) {
        String epic;
        if (epicRole != null) {
            epic = issue.keyValue(epicRole);
        } else {
            // Without Jira Software's epics, a non-sub-task's parent is its initiative; sub-tasks keep their parent.
            epic = issue.core().subtask() ? null : issue.core().parentKey();
        }
        return epic != null && initiatives.contains(epic) ? epic : null;
    }

    /**
     * What a request's facts were made from (each entry under its cache key), what the next read may reuse, and where
     * each issue and entry sits, for {@link FactSplice}.
     */
    record Made(String[] keys, Object[] values, FactSet facts, Reused reused, Learned learned, Layout layout) {
        Overlay<String, IssueRecord> records() {
            return reused.records();
        }

        Map<String, IssueRecords.Members> memberships() {
            return reused.memberships();
        }
    }

    /** The facts of plain issues (not key results, not summed) by their very entries; the entries by key. */
    record Reused(Overlay<IssueRecord, IssueFact> facts, Overlay<String, IssueRecord> records,
                          Map<String, IssueRecords.Members> memberships) {
    }

    /** What every fact also depends on: the fields read and Jira's statuses by category. */
    record Learned(Roles roles, Set<String> done, Set<String> started) {
    }

    /**
     * The issues in fact order, each issue's place, each entry's place among those used, and the initiative each
     * child was read for.
     */
    record Layout(List<IssueRecord> order, Map<String, Integer> position, Map<String, Integer> usedIndex,
                  Map<String, String> initiativeOf) {
    }

    /** The numbers a key result keeps on its own issue, from its entry. */
    static KeyResultValues keyResultValues(IssueRecord issue, OkrSchema schema, JiraFields fields) {
        Double now = (Double) issue.value("N:" + key(schema.currentFieldId(), "current"));
        JiraFields.FieldNames current = fields.names(schema.currentFieldId());
        List<String> names = JiraIssueFacts.names(current);
        NumericHistory values = !current.exists() || names.isEmpty() ? NumericHistory.empty()
                : IssueHistory.values(issue.state().created(), issue.history(names.get(0)),
                names.size() > 1 ? issue.history(names.get(1)) : null, now);
        Object unit = issue.value("T:" + key(schema.unitFieldId(), "unit"));
        return new KeyResultValues((Double) issue.value("N:" + key(schema.startFieldId(), "start")),
                (Double) issue.value("N:" + key(schema.targetFieldId(), "target")), now,
                unit == null ? "" : unit.toString(), values, current.exists() ? current.name() : "", issue.missing());
    }

    private static String key(String fieldId, String role) {
        return fieldId == null ? "-" + role : fieldId;
    }
}
