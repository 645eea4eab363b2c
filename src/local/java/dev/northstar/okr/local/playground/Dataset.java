package dev.northstar.okr.local.playground;

import dev.northstar.okr.local.simjira.JiraData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.northstar.okr.domain.CheckIn;
import dev.northstar.okr.domain.Cycle;
import dev.northstar.okr.domain.Direction;
import dev.northstar.okr.domain.Initiative;
import dev.northstar.okr.domain.InitiativeScope;
import dev.northstar.okr.domain.InvalidKeyResult;
import dev.northstar.okr.domain.IssueFact;
import dev.northstar.okr.domain.IssueKey;
import dev.northstar.okr.domain.IssueTable;
import dev.northstar.okr.domain.KeyResult;
import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.domain.MetricSource;
import dev.northstar.okr.domain.NumericHistory;
import dev.northstar.okr.domain.Objective;
import dev.northstar.okr.domain.OkrPlan;
import dev.northstar.okr.domain.Sprint;
import dev.northstar.okr.domain.StatusCategory;
import dev.northstar.okr.domain.StatusCredit;
import dev.northstar.okr.domain.TimedValue;
import dev.northstar.okr.domain.Weight;
import dev.northstar.okr.local.export.ExportException;
import dev.northstar.okr.local.export.FieldConfig;
import dev.northstar.okr.local.export.IssueExport;
import dev.northstar.okr.local.export.JiraIssueReader;
import dev.northstar.okr.local.export.OkrDefinitionReader;
import dev.northstar.okr.local.export.SprintListReader;
import dev.northstar.okr.keyresult.KeyResultSettings;
import dev.northstar.okr.keyresult.StatusWeights;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A data set loaded for the playground: the simulated Jira (an export read by the engine's own readers, with the
 * OKR file's objectives and key results as issues) and what the app would have stored about them in Jira (the
 * cycle, objective and KR settings, initiative ratings, check-ins), written to the database on the first start.
 */
public record Dataset(JiraData jira, Seed seed, List<String> notes) {

    /** The app's stored data for a data set: saved once, then changed only through the app. */
    public record Seed(Cycle cycle, List<ObjectiveSeed> objectives, List<KeyResultSettings> keyResults,
                       Map<String, List<Initiative>> ratings, List<CheckIn> checkIns) {
    }

    /** An objective's settings, placed in the seed's cycle once that is stored. */
    public record ObjectiveSeed(String issueKey, boolean committed, Weight weight, String owner) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();


    /**
     * Reads the export (and sprint list) and the OKR file. Errors in either are {@link ExportException}s naming the
     * file, as the command line reports them.
     */
    public static Dataset load(Path issues, Path sprintList, Path okrs) {
        OkrPlan plan = new OkrDefinitionReader().read(okrs);
        JsonNode okrTree = readTree(okrs);
        List<String> numericFields = new ArrayList<>();
        for (Objective o : plan.objectives()) {
            for (KeyResult kr : o.keyResults()) {
                if (kr.metricSource() != null && kr.metricSource().readsIssueField()) {
                    numericFields.add(kr.metricSource().field());
                }
            }
        }
        IssueExport export = new JiraIssueReader(FieldConfig.defaults().withNumericFields(numericFields)).read(issues);
        Map<Integer, Sprint> sprints = new HashMap<>(export.sprints());
        if (sprintList != null) {
            sprints.putAll(new SprintListReader().read(sprintList));
        }
        Map<String, String> customFields = new LinkedHashMap<>();
        Map<String, ExportDetails.Details> details = ExportDetails.details(issues, customFields);
        List<String> notes = new ArrayList<>(export.notes());

        long id = 10_000;
        Map<String, JiraData.Issue> all = new LinkedHashMap<>();
        Map<String, String> projects = new LinkedHashMap<>();
        IssueTable table = export.table();
        for (int row = 0; row < table.size(); row++) {
            if (!table.present(row)) {
                continue;
            }
            IssueFact fact = table.fact(row);
            ExportDetails.Details d = details.get(fact.key());
            String project = d != null && d.project() != null ? d.project() : IssueKey.parse(fact.key()).project();
            projects.putIfAbsent(project, d != null && d.projectName() != null ? d.projectName() : project);
            all.put(fact.key(), new JiraData.Issue(id++, fact.key(), d == null ? "" : d.summary(), project,
                    fact.type().isEmpty() ? "Task" : fact.type(), fact.subtask(),
                    d == null || d.status() == null ? statusName(fact.statusCategory()) : d.status(),
                    d == null ? null : d.security(), JiraData.Role.ISSUE, fact));
        }

        // objectives and key results become issues; keys that are not Jira keys get one in the OKR project
        Map<String, String> keys = okrKeys(plan, all.keySet());
        Cycle cycle = plan.cycle();
        Map<String, String> measures = new LinkedHashMap<>();
        Map<String, List<String>> drives = new LinkedHashMap<>();
        Map<String, String> aligns = new LinkedHashMap<>();
        Map<String, JiraData.MetricValues> metrics = new LinkedHashMap<>();
        List<ObjectiveSeed> objectiveSeeds = new ArrayList<>();
        List<KeyResultSettings> krSeeds = new ArrayList<>();
        Map<String, List<Initiative>> ratings = new LinkedHashMap<>();
        Map<String, JsonNode> krNodes = keyResultNodes(okrTree);
        for (Objective o : plan.objectives()) {
            String key = keys.get(o.key());
            String project = IssueKey.parse(key).project();
            projects.putIfAbsent(project, project.equals(JiraData.OKR_PROJECT) ? "OKRs" : project);
            all.put(key, virtual(id++, key, o.title(), project, JiraData.OBJECTIVE_TYPE,
                    JiraData.Role.OBJECTIVE, cycle.start()));
            if (o.parentKey() != null) {
                aligns.put(key, keys.get(o.parentKey()));
            }
            objectiveSeeds.add(new ObjectiveSeed(key, o.committed(), o.weight(), o.owner()));
            for (KeyResult kr : o.keyResults()) {
                String krKey = keys.get(kr.key());
                all.put(krKey, virtual(id++, krKey, kr.title(), project, JiraData.KEY_RESULT_TYPE,
                        JiraData.Role.KEY_RESULT, cycle.start()));
                measures.put(krKey, key);
                JsonNode node = krNodes.get(kr.key());
                List<String> initiatives = new ArrayList<>();
                List<Initiative> rated = new ArrayList<>();
                for (Initiative i : kr.initiatives()) {
                    link(i, all, initiatives, rated, node, krKey, notes);
                }
                if (kr.milestoneIssue() != null) {
                    // the app's milestone is done when its initiatives are: the file's milestone issue drives it
                    link(Initiative.of(kr.milestoneIssue()), all, initiatives, rated, node, krKey, notes);
                }
                drives.put(krKey, List.copyOf(initiatives));
                if (!rated.isEmpty()) {
                    ratings.put(krKey, rated);
                }
                if (kr.kind() == KeyResultKind.METRIC) {
                    metrics.put(krKey, metricValues(kr, node, table, keys, cycle.start()));
                }
                krSeeds.add(new KeyResultSettings(krKey, kr.kind(), new KeyResultSettings.MetricGoal(
                        kr.metric() == null ? Direction.INCREASE : kr.metric().direction(),
                        maintain(kr) ? kr.metric().low() : null, maintain(kr) ? kr.metric().high() : null),
                        kr.weight(), KeyResultSettings.Source.NONE, ownWeights(kr), kr.focusMetric()));
            }
            for (InvalidKeyResult bad : o.invalidKeyResults()) {
                // numbers the engine refuses: stored as given, so that the app shows its own error for them
                String krKey = keys.get(bad.key());
                JsonNode node = krNodes.get(bad.key());
                all.put(krKey, virtual(id++, krKey, bad.title(), project, JiraData.KEY_RESULT_TYPE,
                        JiraData.Role.KEY_RESULT, cycle.start()));
                measures.put(krKey, key);
                drives.put(krKey, List.of());
                Direction direction = Direction.fromId(text(node, "direction") == null ? "increase"
                        : text(node, "direction"));
                Double current = number(node, "current");
                metrics.put(krKey, new JiraData.MetricValues(number(node, "start"), number(node, "target"),
                        current, unit(node), current == null ? NumericHistory.empty()
                        : NumericHistory.of(List.of(new TimedValue(cycle.start(), current)))));
                Double low = number(node, "low");
                Double high = number(node, "high");
                boolean band = direction == Direction.MAINTAIN && low != null && high != null && low <= high;
                krSeeds.add(new KeyResultSettings(krKey, KeyResultKind.METRIC, new KeyResultSettings.MetricGoal(
                        band || direction != Direction.MAINTAIN ? direction : Direction.INCREASE,
                        band ? low : null, band ? high : null), Weight.ONE, KeyResultSettings.Source.NONE,
                        null, false));
            }
        }
        List<CheckIn> checkIns = new ArrayList<>();
        for (CheckIn c : plan.checkIns()) {
            String kr = keys.get(c.keyResultKey());
            if (kr == null) {
                notes.add("check-in of unknown key result " + c.keyResultKey() + " left out");
                continue;
            }
            checkIns.add(new CheckIn(kr, c.confidence(), c.note(), c.author(), c.time()));
        }
        JiraData jira = new JiraData(all, projects, sprints, measures, drives, aligns, metrics,
                customFields, sprintList == null ? Map.of() : ExportDetails.boards(sprintList));
        return new Dataset(jira, new Seed(cycle, objectiveSeeds, krSeeds, ratings, checkIns), notes);
    }

    /**
     * The file's status weights as the key result's own; none (the admin's default status-category credit applies)
     * when the file gives done-only credit, as it does when it names no weights.
     */
    private static StatusWeights ownWeights(KeyResult kr) {
        StatusCredit c = kr.statusCredit();
        return c.doneOnly() ? null : new StatusWeights(c.toDo(), c.inProgress(), c.done());
    }

    private static boolean maintain(KeyResult kr) {
        return kr.metric() != null && kr.metric().direction() == Direction.MAINTAIN;
    }

    /**
     * Links an initiative that exists in the export (Jira links only existing issues). One the export lacks is
     * remembered as a rating instead, so the app shows it as an orphan initiative rather than dropping it unseen.
     */
    private static void link(Initiative i, Map<String, JiraData.Issue> all, List<String> linked,
                             List<Initiative> rated, JsonNode krNode, String krKey, List<String> notes) {
        boolean explicit = i.scope() != InitiativeScope.MUST_HAVE || i.impact() != 0 || i.effort() != 0;
        if (all.containsKey(i.issueKey())) {
            if (!linked.contains(i.issueKey())) {
                linked.add(i.issueKey());
            }
            if (explicit) {
                rated.add(i);
            }
        } else {
            rated.add(i);
            notes.add(krKey + ": initiative " + i.issueKey() + " is not in the export (shown as an orphan)");
        }
    }

    private static JiraData.MetricValues metricValues(KeyResult kr, JsonNode node, IssueTable table,
                                                            Map<String, String> keys, Instant created) {
        MetricSource source = kr.metricSource();
        NumericHistory history = source.history();
        if (history.isEmpty() && source.readsIssueField()) {
            int row = table.rowOf(source.issueKey());
            history = row < 0 ? NumericHistory.empty() : table.numeric(row, source.field());
        }
        if (history.isEmpty() && source.current() != null) {
            history = NumericHistory.of(List.of(new TimedValue(created, source.current())));
        }
        List<TimedValue> values = history.values();
        Double current = values.isEmpty() ? null : values.get(values.size() - 1).value();
        boolean band = kr.metric().direction() == Direction.MAINTAIN;
        return new JiraData.MetricValues(band ? number(node, "start") : (Double) kr.metric().start(),
                band ? number(node, "target") : (Double) kr.metric().target(), current, unit(node), history);
    }

    /** The OKR file's keys as issue keys: Jira keys not taken by the export stay, the others get OKR-n. */
    private static Map<String, String> okrKeys(OkrPlan plan, java.util.Set<String> taken) {
        List<String> fileKeys = new ArrayList<>();
        for (Objective o : plan.objectives()) {
            fileKeys.add(o.key());
            o.keyResults().forEach(k -> fileKeys.add(k.key()));
            o.invalidKeyResults().forEach(k -> fileKeys.add(k.key()));
        }
        Map<String, String> keys = new LinkedHashMap<>();
        java.util.Set<String> used = new java.util.HashSet<>(taken);
        int next = 1;
        for (String k : fileKeys) {
            if (jiraKey(k) && !taken.contains(k)) {
                keys.put(k, k);
                used.add(k);
                if (IssueKey.parse(k).project().equals(JiraData.OKR_PROJECT)) {
                    next = Math.max(next, IssueKey.parse(k).number() + 1);
                }
            }
        }
        for (String k : fileKeys) {
            if (!keys.containsKey(k)) {
                String key;
                do {
                    key = JiraData.OKR_PROJECT + "-" + next++;
                } while (used.contains(key));
                used.add(key);
                keys.put(k, key);
            }
        }
        return keys;
    }

    private static boolean jiraKey(String key) {
        return key.matches("[A-Z][A-Z0-9_]*-[1-9][0-9]*");
    }

    private static JiraData.Issue virtual(long id, String key, String summary, String project, String type,
                                                JiraData.Role role, Instant created) {
        IssueFact fact = IssueFact.builder(key).type(type).statusCategory(StatusCategory.TO_DO).created(created)
                .updated(created).build();
        return new JiraData.Issue(id, key, summary, project, type, false, "To Do", null, role, fact);
    }

    private static String statusName(StatusCategory category) {
        return switch (category) {
            case TO_DO -> "To Do";
            case IN_PROGRESS -> "In Progress";
            case DONE -> "Done";
        };
    }

    private static Map<String, JsonNode> keyResultNodes(JsonNode okrTree) {
        Map<String, JsonNode> nodes = new HashMap<>();
        for (JsonNode o : okrTree.path("objectives")) {
            for (JsonNode k : o.path("keyResults")) {
                if (text(k, "key") != null) {
                    nodes.put(text(k, "key"), k);
                }
            }
        }
        return nodes;
    }

    private static String unit(JsonNode node) {
        return Optional.ofNullable(text(node, "unit")).orElse("");
    }

    private static Double number(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isNumber() && Double.isFinite(v.asDouble()) ? v.asDouble() : null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static JsonNode readTree(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new ExportException("cannot read okrs file " + file + ": " + e.getMessage(), e);
        }
    }

}
