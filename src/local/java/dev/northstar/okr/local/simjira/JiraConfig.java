package dev.northstar.okr.local.simjira;

import dev.northstar.okr.domain.StatusCategory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The simulated Jira's configuration: issue types, statuses, issue link types, custom fields and each project's
 * issue type scheme. It starts from what the data set implies (the export's types, statuses and Jira Software's
 * fields, Jira's default link types) and takes what the app's setup creates, which is written to the settings file
 * and replayed on the next start, as Jira keeps its configuration in its database. Thread-safe.
 */
final class JiraConfig {
    static final String NUMBER_TYPE = "com.atlassian.jira.plugin.system.customfieldtypes:float";
    static final String TEXT_TYPE = "com.atlassian.jira.plugin.system.customfieldtypes:textfield";
    static final String SPRINT_TYPE = "com.pyxis.greenhopper.jira:gh-sprint";
    static final String EPIC_LINK_TYPE = "com.pyxis.greenhopper.jira:gh-epic-link";
    /** Jira Software's usual ids, for an export that names none of its fields. */
    static final String STORY_POINTS = "customfield_10002";
    static final String SPRINT = "customfield_10004";
    static final String EPIC_LINK = "customfield_10008";
    /** Where what setup made is kept in the settings file. */
    static final String KEPT = "dev.northstar.okr.local.simjira.configuration";

    private final Map<String, SimIssueType> issueTypes = new LinkedHashMap<>();
    private final Map<String, SimStatus> statuses = new LinkedHashMap<>();
    private final Map<Long, SimLinkType> linkTypes = new LinkedHashMap<>();
    private final Map<String, SimCustomField> fields = new LinkedHashMap<>();
    private final Map<String, List<String>> schemes = new LinkedHashMap<>();
    private final SettingsFile kept;
    private final StringBuilder made = new StringBuilder();
    private int nextTypeId = 10_000;
    private long nextLinkTypeId = 10_100;
    private int nextFieldId = 10_400;

    JiraConfig(JiraData data, SettingsFile kept) {
        this.kept = kept;
        data.issueTypes().forEach((name, subTask) -> addIssueType(name, subTask));
        for (JiraData.Issue issue : data.issues()) {
            status(issue.statusName(), issue.fact().statusCategory());
        }
        // the statuses the change history passes through (SimHistory), known to Jira even when no issue is in them
        status("To Do", StatusCategory.TO_DO);
        status("In Progress", StatusCategory.IN_PROGRESS);
        for (String[] link : new String[][] {{"Blocks", "blocks", "is blocked by"},
                {"Cloners", "clones", "is cloned by"}, {"Duplicate", "duplicates", "is duplicated by"},
                {"Relates", "relates to", "relates to"}}) {
            long id = 10_000 + linkTypes.size();
            linkTypes.put(id, new SimLinkType(id, link[0], link[1], link[2]));
        }
        Map<String, String> named = new LinkedHashMap<>(data.customFields());
        if (!named.containsValue("Story Points") && !named.containsValue("Story point estimate")) {
            named.putIfAbsent(STORY_POINTS, "Story Points");
        }
        if (!named.containsValue("Sprint")) {
            named.putIfAbsent(SPRINT, "Sprint");
        }
        if (!named.containsValue("Epic Link")) {
            named.putIfAbsent(EPIC_LINK, "Epic Link");
        }
        named.forEach((id, name) -> fields.put(id, new SimCustomField(id, name, typeOf(name))));
        List<String> all = new ArrayList<>(issueTypes.keySet());
        data.projects().keySet().forEach(project -> schemes.put(project, new ArrayList<>(all)));
        for (String line : kept.get(KEPT).orElse("").split("\n")) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "issueType" -> createIssueType(f[1]);
                case "linkType" -> createLinkType(f[1], f[2], f[3]);
                case "field" -> createField(f[2], f[1]);
                case "project" -> addToScheme(f[1], List.of(f[2].split(",")));
                default -> {
                    // an empty or unknown line: nothing to replay
                }
            }
        }
    }

    private static String typeOf(String name) {
        if (name.startsWith("Story")) {
            return NUMBER_TYPE;
        }
        return name.equals("Sprint") ? SPRINT_TYPE : name.equals("Epic Link") ? EPIC_LINK_TYPE : null;
    }

    private void remember(String... values) {
        made.append(String.join("\t", values)).append('\n');
        kept.put(KEPT, made.toString());
    }

    private SimIssueType addIssueType(String name, boolean subTask) {
        String id = Integer.toString(nextTypeId++);
        SimIssueType type = new SimIssueType(id, name, subTask);
        issueTypes.put(id, type);
        return type;
    }

    synchronized SimIssueType createIssueType(String name) {
        SimIssueType type = addIssueType(name, false);
        remember("issueType", name);
        return type;
    }

    synchronized Optional<SimIssueType> issueType(String id) {
        return Optional.ofNullable(id == null ? null : issueTypes.get(id));
    }

    /** The type an issue of the data set has: the first of that name, as Jira would have stored it. */
    synchronized Optional<SimIssueType> issueTypeNamed(String name) {
        return issueTypes.values().stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }

    synchronized List<SimIssueType> issueTypes() {
        return List.copyOf(issueTypes.values());
    }

    /** The status of this name and category, made when first asked for. */
    synchronized SimStatus status(String name, StatusCategory category) {
        String key = name.toLowerCase(Locale.ROOT) + "\u0000" + category.key();
        return statuses.computeIfAbsent(key, k -> new SimStatus(Integer.toString(statuses.size() + 1), name,
                category.key()));
    }

    /** Every status, with its category, as Jira's status list has them. */
    synchronized List<SimStatus> statuses() {
        return List.copyOf(statuses.values());
    }

    synchronized SimLinkType createLinkType(String name, String outward, String inward) {
        long id = nextLinkTypeId++;
        SimLinkType type = new SimLinkType(id, name, outward, inward);
        linkTypes.put(id, type);
        remember("linkType", name, outward, inward);
        return type;
    }

    synchronized Optional<SimLinkType> linkType(Long id) {
        return Optional.ofNullable(id == null ? null : linkTypes.get(id));
    }

    synchronized List<SimLinkType> linkTypesNamed(String name) {
        return linkTypes.values().stream().filter(t -> t.name().equalsIgnoreCase(name)).toList();
    }

    synchronized SimCustomField createField(String name, String typeKey) {
        String id = "customfield_" + nextFieldId++;
        SimCustomField field = new SimCustomField(id, name, typeKey);
        fields.put(id, field);
        remember("field", typeKey, name);
        return field;
    }

    synchronized Optional<SimCustomField> field(String id) {
        return Optional.ofNullable(id == null ? null : fields.get(id));
    }

    synchronized List<SimCustomField> fieldsNamed(String name) {
        return fields.values().stream().filter(f -> f.name().equalsIgnoreCase(name)).toList();
    }

    synchronized List<SimCustomField> fields() {
        return List.copyOf(fields.values());
    }

    /** The issue type ids of a project's scheme; empty when there is no such project. */
    synchronized Optional<List<String>> scheme(String project) {
        List<String> ids = schemes.get(project);
        return ids == null ? Optional.empty() : Optional.of(List.copyOf(ids));
    }

    /** Replaces a project's scheme by these ids (Jira's update() replaces the options). */
    synchronized void updateScheme(String project, List<String> ids) {
        List<String> now = schemes.get(project);
        if (now == null) {
            return;
        }
        List<String> added = ids.stream().filter(Objects::nonNull).filter(id -> !now.contains(id)).toList();
        addToScheme(project, added);
        now.retainAll(ids);
    }

    private void addToScheme(String project, List<String> ids) {
        List<String> now = schemes.get(project);
        if (now == null || ids.isEmpty()) {
            return;
        }
        List<String> added = ids.stream().filter(id -> !now.contains(id)).toList();
        now.addAll(added);
        if (!added.isEmpty()) {
            remember("project", project, String.join(",", added));
        }
    }
}
