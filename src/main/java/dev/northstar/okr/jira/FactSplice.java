package dev.northstar.okr.jira;

import com.atlassian.jira.issue.Issue;
import dev.northstar.okr.domain.IssueFact;
import dev.northstar.okr.domain.Sprint;
import dev.northstar.okr.reading.FactRequest;
import dev.northstar.okr.reading.FactSet;
import dev.northstar.okr.reading.KeyResultValues;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The common case after an edit, made in time proportional to what changed: a few issues changed, none joined or
 * left a key result's scope, and no status appeared or vanished among the issues read. Then the last facts are kept
 * with only the changed issues' facts made again, and every other entry is taken as it was (it was checked to be the
 * very same object in the cache). Anything else (an issue moved, a sprint's or a query's issues to read again, a new
 * status) gives null, and the facts are made from the entries in full ({@link FactAssembly}).
 */
final class FactSplice {
    private FactSplice() {
    }

    /**
     * @param changed the issue keys and cache keys that changed since {@code last}
     * @param clause  how children are searched ({@code cf[10008]} or {@code parent}), {@code owner} the initiative a
     *                search result names
     */
    static FactSet splice(FactRequest request, FactAssembly assembly, FactAssembly.Made last, Set<String> changed,
                          IssueRecords.Read read, FactAssembly.Roles roles, String clause,
                          Function<Issue, String> owner, Function<IssueRecord, KeyResultValues> keyResultValues) {
        if (request.sprintId() != null || !request.jql().isEmpty() || !last.learned().roles().equals(roles)) {
            return null;
        }
        List<String> issues = new ArrayList<>();
        List<String> initiatives = new ArrayList<>();
        for (String key : changed) {
            if (key.startsWith(IssueRecords.CHILDREN)) {
                initiatives.add(key.substring(IssueRecords.CHILDREN.length()));
            } else if (key.startsWith("okr:")) {
                return null;
            } else {
                issues.add(key);
            }
        }
        if (!initiatives.isEmpty()) {
            Map<String, List<String>> again = read.children(initiatives, clause, owner);
            for (String initiative : initiatives) {
                IssueRecords.Members before = last.reused().memberships().get(IssueRecords.CHILDREN + initiative);
                if (before == null || !before.keys().equals(again.get(initiative))) {
                    return null; // an issue joined or left
                }
            }
        }
        Map<String, IssueRecord> fresh = read.byKeys(issues);
        FactAssembly.Layout layout = last.layout();
        for (String key : issues) {
            IssueRecord now = fresh.get(key);
            boolean before = layout.position().containsKey(key);
            String initiative = layout.initiativeOf().get(key);
            boolean after = request.issues().contains(key) ? now.exists()
                    : initiative != null && JiraIssueFacts.childOf(now, initiative, roles.epic());
            if (before != after) {
                return null;
            }
        }
        List<IssueRecord> order = new ArrayList<>(layout.order());
        for (String key : issues) {
            Integer at = layout.position().get(key);
            if (at != null) {
                order.set(at, fresh.get(key));
            }
        }
        FactAssembly.Learned learned = assembly.learned(roles);
        if (!learned.equals(last.learned())) {
            return null; // a status came or went: every fact is made again
        }
        String[] keys = last.keys();
        Object[] values = Arrays.copyOf(last.values(), last.values().length);
        for (int i = 0; i < read.used().size(); i++) {
            Integer at = layout.usedIndex().get(read.usedKeys().get(i));
            if (at == null) {
                return null; // an entry the last read did not use
            }
            values[at] = read.used().get(i);
        }
        return made(request, assembly, last, issues, fresh, order, keys, values, learned, keyResultValues);
    }

    private static FactSet made(FactRequest request, FactAssembly assembly, FactAssembly.Made last,
                                List<String> issues, Map<String, IssueRecord> fresh, List<IssueRecord> order,
                                String[] keys, Object[] values, FactAssembly.Learned learned,
                                Function<IssueRecord, KeyResultValues> keyResultValues) {
        FactSet before = last.facts();
        List<IssueFact> facts = new ArrayList<>(before.facts());
        Map<String, KeyResultValues> krValues = new HashMap<>(before.values());
        Map<Integer, Sprint> sprints = new HashMap<>(before.sprints());
        Map<IssueRecord, IssueFact> byRecord = new IdentityHashMap<>();
        List<IssueRecord> gone = new ArrayList<>();
        Map<String, IssueRecord> records = new HashMap<>();
        Set<String> initiatives = request.expand();
        for (String key : issues) {
            IssueRecord now = fresh.get(key);
            records.put(key, now);
            IssueRecord was = last.reused().records().get(key);
            if (was != null) {
                gone.add(was);
            }
            Integer at = last.layout().position().get(key);
            if (at == null) {
                continue;
            }
            Map<String, dev.northstar.okr.domain.NumericHistory> numeric = Map.of();
            boolean keyResult = request.keyResults().contains(key);
            if (keyResult) {
                KeyResultValues v = keyResultValues.apply(now);
                krValues.put(key, v);
                if (!v.history().isEmpty()) {
                    numeric = Map.of(v.currentField(), v.history());
                }
            }
            IssueFact fact = FactAssembly.fact(now, learned.roles(), initiatives, learned, keyResult, numeric,
                    List.of());
            facts.set(at, fact);
            if (!keyResult) {
                byRecord.put(now, fact);
            }
            if (learned.roles().sprint() != null && now.value(learned.roles().sprint()) instanceof List<?> list) {
                list.forEach(o -> sprints.putIfAbsent(((Sprint) o).id(), (Sprint) o));
            }
        }
        Map<String, IssueRecords.Members> memberships = new HashMap<>(last.reused().memberships());
        for (int i = 0; i < keys.length; i++) {
            if (values[i] instanceof IssueRecords.Members members) {
                memberships.put(keys[i], members);
            }
        }
        FactSet set = new FactSet(facts, krValues, sprints, before.jql());
        assembly.remember(request, new FactAssembly.Made(keys, values, set,
                new FactAssembly.Reused(last.reused().facts().with(byRecord, gone),
                        last.reused().records().with(records, List.of()), memberships), learned,
                new FactAssembly.Layout(order, last.layout().position(), last.layout().usedIndex(),
                        last.layout().initiativeOf())));
        return set;
    }
}
