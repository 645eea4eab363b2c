package dev.northstar.okr.local.playground;

import dev.northstar.okr.domain.IssueFact;
import dev.northstar.okr.domain.NumericHistory;
import dev.northstar.okr.domain.Sprint;
import dev.northstar.okr.domain.TimedValue;
import dev.northstar.okr.local.export.FieldConfig;
import dev.northstar.okr.schema.OkrSchema;
import dev.northstar.okr.schema.JiraSchemaGateway.FieldInfo;
import dev.northstar.okr.reading.FactRequest;
import dev.northstar.okr.reading.FactSet;
import dev.northstar.okr.reading.FieldChoice;
import dev.northstar.okr.reading.IssueFacts;
import dev.northstar.okr.reading.JqlMatch;
import dev.northstar.okr.reading.JqlRequest;
import dev.northstar.okr.reading.KeyResultValues;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The simulated Jira's issues as the read service asks for them, in the same three reads as Jira's adapter: issues
 * by key, the children of the initiatives (epic children) and the sprint's issues; every issue is read whatever
 * the visitor may see (facts are the same for every caller; visibility is the structure's {@code browsable}), plus
 * one pass over the issues for each key result's own JQL.
 */
public final class PlaygroundIssueFacts implements IssueFacts {
    private final PlaygroundJira jira;
    private final PlaygroundSchemaGateway config;
    private final Map<String, List<String>> children = new HashMap<>();
    private final Map<Integer, List<String>> sprintMembers = new HashMap<>();

    /** As Jira's adapter: a query finding more gives its key result an error rather than a partial figure. */
    static final int MAX_JQL_ISSUES = 5000;

    public PlaygroundIssueFacts(PlaygroundJira jira, PlaygroundSchemaGateway config) {
        this.jira = jira;
        this.config = config;
        for (PlaygroundJira.Issue issue : jira.issues()) {
            if (issue.fact().epicKey() != null) {
                children.computeIfAbsent(issue.fact().epicKey(), k -> new ArrayList<>()).add(issue.key());
            }
            for (int sprint : issue.fact().sprintIds()) {
                sprintMembers.computeIfAbsent(sprint, k -> new ArrayList<>()).add(issue.key());
            }
        }
    }

    @Override
    public FieldChoice storyPointsField(String override) {
        return choose(override, FieldConfig.STORY_POINTS_NAMES);
    }

    @Override
    public FieldChoice sprintField(String override) {
        return choose(override, FieldConfig.SPRINT_NAMES);
    }

    /** The admin's field when set (it must exist), else the one field carrying the first name any field has. */
    private FieldChoice choose(String override, List<String> names) {
        if (override != null && !override.isBlank()) {
            return config.customField(override.trim()).map(f -> FieldChoice.found(f.id(), f.name()))
                    .orElse(FieldChoice.problem(override.trim(), FieldChoice.Problem.UNKNOWN_OVERRIDE, List.of()));
        }
        for (String name : names) {
            List<FieldInfo> found = config.fieldsNamed(name);
            if (found.size() == 1) {
                return FieldChoice.found(found.get(0).id(), name);
            }
            if (found.size() > 1) {
                return FieldChoice.problem(name, FieldChoice.Problem.AMBIGUOUS,
                        found.stream().map(FieldInfo::id).sorted().toList());
            }
        }
        return FieldChoice.problem(names.get(0), FieldChoice.Problem.MISSING, List.of());
    }

    @Override
    public FactSet read(FactRequest request) {
        Map<String, PlaygroundJira.Issue> read = new LinkedHashMap<>();
        request.issues().forEach(key -> jira.issue(key).ifPresent(i -> read.putIfAbsent(key, i)));
        for (String initiative : request.expand()) {
            for (String child : children.getOrDefault(initiative, List.of())) {
                jira.issue(child).ifPresent(i -> read.putIfAbsent(child, i));
            }
        }
        if (request.sprintId() != null && request.sprintField() != null) {
            for (String member : sprintMembers.getOrDefault(request.sprintId(), List.of())) {
                jira.issue(member).ifPresent(i -> read.putIfAbsent(member, i));
            }
        }
        Map<String, JqlMatch> jql = new HashMap<>();
        Map<String, String> summed = new HashMap<>();
        request.jql().forEach((kr, query) -> jql.put(kr, readJql(query, read, summed)));
        boolean points = request.storyPointsField() != null;
        boolean sprints = request.sprintField() != null;
        Map<String, KeyResultValues> values = new HashMap<>();
        Map<Integer, Sprint> sprintsRead = new HashMap<>();
        List<IssueFact> facts = new ArrayList<>();
        for (PlaygroundJira.Issue issue : read.values()) {
            IssueFact f = issue.fact();
            Map<String, NumericHistory> numeric = new HashMap<>();
            if (request.keyResults().contains(issue.key())) {
                KeyResultValues v = values(issue.key(), request.schema());
                values.put(issue.key(), v);
                if (!v.history().isEmpty()) {
                    numeric.put(v.currentField(), v.history());
                }
            }
            if (summed.containsKey(issue.key()) && f.storyPoints() != null) {
                // the export has no field history: the points held since the issue was created
                numeric.put(summed.get(issue.key()),
                        NumericHistory.of(List.of(new TimedValue(f.created(), f.storyPoints()))));
            }
            List<Integer> sprintIds = sprints ? f.sprintIds() : List.of();
            for (int id : sprintIds) {
                Sprint s = jira.sprints().get(id);
                if (s != null) {
                    sprintsRead.putIfAbsent(id, s);
                }
            }
            String epic = f.epicKey() != null && request.expand().contains(f.epicKey()) ? f.epicKey() : null;
            facts.add(new IssueFact(f.key(), f.type(), f.subtask(), true, f.statusCategory(), f.timeline(),
                    new IssueFact.Links(epic, f.subtask() ? f.parentKey() : null),
                    new IssueFact.Planning(points ? f.storyPoints() : null, sprintIds), numeric));
        }
        return new FactSet(facts, values, sprintsRead, jql);
    }

    /**
     * Runs a key result's query over the simulated Jira, as Jira's adapter runs it over Jira: what it finds joins the
     * issues read. The playground runs a small part of JQL ({@link PlaygroundJql}); a query beyond it, or one the
     * playground cannot read, becomes the key result's error with the playground's message, as Jira's parser's
     * messages do inside Jira. A sum or an average can read the story points field only (the export holds no
     * other number fields).
     */
    private JqlMatch readJql(JqlRequest request, Map<String, PlaygroundJira.Issue> read, Map<String, String> summed) {
        String fieldId = "";
        if (!request.aggregateField().isEmpty()) {
            String name = request.aggregateField();
            FieldChoice choice = choose(name.startsWith("customfield_") ? name : null, List.of(name));
            boolean points = choice.ok() && config.customField(choice.id())
                    .filter(f -> FieldConfig.STORY_POINTS_NAMES.contains(f.name())).isPresent();
            if (!points) {
                return JqlMatch.problem("aggregateField", choice.problem() == FieldChoice.Problem.AMBIGUOUS
                                ? "okr.error.aggregateFieldAmbiguous" : "okr.error.aggregateFieldMissing",
                        choice.name() == null ? name : choice.name(), String.join(", ", choice.candidates()));
            }
            fieldId = choice.id();
        }
        PlaygroundJql.Parsed parsed = PlaygroundJql.parse(request.jql(), Visit.current().locale());
        if (!parsed.valid()) {
            return JqlMatch.problem("jql", "okr.error.jqlInvalid", String.join(" ", parsed.problems()));
        }
        List<String> keys = new ArrayList<>();
        for (PlaygroundJira.Issue issue : jira.issues()) {
            if (parsed.matches().test(issue)) {
                keys.add(issue.key());
            }
        }
        if (keys.size() > MAX_JQL_ISSUES) {
            return JqlMatch.problem("jql", "okr.error.jqlTooMany", String.valueOf(keys.size()),
                    String.valueOf(MAX_JQL_ISSUES));
        }
        for (String key : keys) {
            jira.issue(key).ifPresent(i -> read.putIfAbsent(key, i));
            if (!fieldId.isEmpty()) {
                summed.put(key, fieldId);
            }
        }
        return JqlMatch.found(keys, fieldId);
    }

    /** A key result's start, target and current value fields, as setup created them in the simulated Jira. */
    private KeyResultValues values(String key, OkrSchema schema) {
        List<String> missing = new ArrayList<>();
        FieldInfo current = field(schema.startFieldId(), "start", missing);
        field(schema.targetFieldId(), "target", missing);
        current = field(schema.currentFieldId(), "current", missing);
        field(schema.unitFieldId(), "unit", missing);
        if (!missing.isEmpty()) {
            return KeyResultValues.none(missing);
        }
        PlaygroundJira.MetricValues m = jira.metric(key).orElse(null);
        if (m == null) {
            return new KeyResultValues(null, null, null, "", NumericHistory.empty(), current.name(), List.of());
        }
        return new KeyResultValues(m.start(), m.target(), m.current(), m.unit(), m.history(), current.name(),
                List.of());
    }

    private FieldInfo field(String id, String role, List<String> missing) {
        FieldInfo field = id == null ? null : config.customField(id).orElse(null);
        if (field == null) {
            missing.add(id == null ? role : id);
        }
        return field;
    }
}
