package dev.northstar.okr.local.playground;

import dev.northstar.okr.schema.FieldKind;
import dev.northstar.okr.schema.JiraSchemaGateway;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The simulated Jira's configuration, for the app's real setup to run against: the export's issue types, Jira's
 * default link types, the story points and sprint fields, and each project's issue type scheme. What setup creates
 * (the Objective and Key Result types, the three link types, the four KR fields, issue types added to projects) is
 * kept in the data folder's settings, as Jira keeps its configuration, so setup finds it again after a restart.
 */
public final class PlaygroundSchemaGateway implements JiraSchemaGateway {
    static final String STORY_POINTS = "customfield_10002";
    static final String SPRINT = "customfield_10004";

    private final Map<String, IssueTypeInfo> issueTypes = new LinkedHashMap<>();
    private final Map<Long, LinkTypeInfo> linkTypes = new LinkedHashMap<>();
    private final Map<String, FieldInfo> fields = new LinkedHashMap<>();
    private final Map<String, List<String>> projects = new LinkedHashMap<>();
    private int nextTypeId = 10_000;
    private long nextLinkTypeId = 10_100;
    private int nextFieldId = 10_400;
    /** What setup made here, one line per change, replayed on start: Jira's configuration, kept. */
    private final dev.northstar.okr.host.SettingsStorage kept;
    private final StringBuilder made = new StringBuilder();
    static final String KEPT = "dev.northstar.okr.local.playground.jira";

    public PlaygroundSchemaGateway(PlaygroundJira jira, dev.northstar.okr.host.SettingsStorage kept) {
        this.kept = kept;
        jira.issueTypes().forEach((name, subTask) -> {
            String id = Integer.toString(nextTypeId++);
            issueTypes.put(id, new IssueTypeInfo(id, name, subTask));
        });
        for (String[] link : new String[][] {{"Blocks", "blocks", "is blocked by"},
                {"Cloners", "clones", "is cloned by"}, {"Duplicate", "duplicates", "is duplicated by"},
                {"Relates", "relates to", "relates to"}}) {
            long id = 10_000 + linkTypes.size();
            linkTypes.put(id, new LinkTypeInfo(id, link[0], link[1], link[2]));
        }
        Map<String, String> named = new LinkedHashMap<>(jira.customFields());
        if (!named.containsValue("Story Points") && !named.containsValue("Story point estimate")) {
            named.putIfAbsent(STORY_POINTS, "Story Points");
        }
        if (!named.containsValue("Sprint")) {
            named.putIfAbsent(SPRINT, "Sprint");
        }
        named.forEach((id, name) -> fields.put(id, new FieldInfo(id, name,
                name.startsWith("Story") ? FieldKind.NUMBER : null)));
        List<String> all = new ArrayList<>(issueTypes.keySet());
        for (String project : jira.projects().keySet()) {
            projects.put(project, new ArrayList<>(all));
        }
        for (String line : kept.get(KEPT).orElse("").split("\n")) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "issueType" -> createIssueType(f[1], "");
                case "linkType" -> createLinkType(f[1], f[2], f[3]);
                case "field" -> createField(f[2], "", FieldKind.valueOf(f[1]), null);
                case "project" -> addIssueTypesToProject(f[1], List.of(f[2].split(",")));
                default -> {
                    // an empty or unknown line: nothing to replay
                }
            }
        }
    }

    private void remember(String... fields) {
        made.append(String.join("\t", fields)).append('\n');
        kept.put(KEPT, made.toString());
    }

    /** The id of the issue's type, matched by name as Jira stores it; empty when Jira has no such type yet. */
    synchronized String typeIdOf(PlaygroundJira.Issue issue) {
        return issueTypes.values().stream().filter(t -> t.name().equalsIgnoreCase(issue.typeName()))
                .map(IssueTypeInfo::id).findFirst().orElse("");
    }

    synchronized boolean linkTypeExists(Long id) {
        return id != null && linkTypes.containsKey(id);
    }

    /** A custom field by id (story points, sprint), for the issue facts' field choice. */
    synchronized Optional<FieldInfo> customField(String id) {
        return field(id);
    }

    @Override
    public synchronized Optional<IssueTypeInfo> issueType(String id) {
        return Optional.ofNullable(id == null ? null : issueTypes.get(id));
    }

    @Override
    public synchronized List<IssueTypeInfo> issueTypesNamed(String name) {
        return issueTypes.values().stream().filter(t -> t.name().equalsIgnoreCase(name)).toList();
    }

    @Override
    public synchronized IssueTypeInfo createIssueType(String name, String description) {
        String id = Integer.toString(nextTypeId++);
        IssueTypeInfo type = new IssueTypeInfo(id, name, false);
        issueTypes.put(id, type);
        remember("issueType", name);
        return type;
    }

    @Override
    public synchronized Optional<LinkTypeInfo> linkType(long id) {
        return Optional.ofNullable(linkTypes.get(id));
    }

    @Override
    public synchronized List<LinkTypeInfo> linkTypesNamed(String name) {
        return linkTypes.values().stream().filter(t -> t.name().equalsIgnoreCase(name)).toList();
    }

    @Override
    public synchronized LinkTypeInfo createLinkType(String name, String outward, String inward) {
        long id = nextLinkTypeId++;
        LinkTypeInfo type = new LinkTypeInfo(id, name, outward, inward);
        linkTypes.put(id, type);
        remember("linkType", name, outward, inward);
        return type;
    }

    @Override
    public synchronized Optional<FieldInfo> field(String id) {
        return Optional.ofNullable(id == null ? null : fields.get(id));
    }

    @Override
    public synchronized List<FieldInfo> fieldsNamed(String name) {
        return fields.values().stream().filter(f -> f.name().toLowerCase(Locale.ROOT)
                .equals(name.toLowerCase(Locale.ROOT))).toList();
    }

    @Override
    public synchronized FieldInfo createField(String name, String description, FieldKind kind, String issueTypeId) {
        String id = "customfield_" + nextFieldId++;
        FieldInfo field = new FieldInfo(id, name, kind);
        fields.put(id, field);
        remember("field", kind.name(), name);
        return field;
    }

    @Override
    public synchronized Optional<List<String>> projectIssueTypeIds(String projectKey) {
        List<String> ids = projects.get(projectKey);
        return ids == null ? Optional.empty() : Optional.of(List.copyOf(ids));
    }

    @Override
    public synchronized void addIssueTypesToProject(String projectKey, List<String> issueTypeIds) {
        List<String> ids = projects.get(projectKey);
        if (ids != null) {
            List<String> added = issueTypeIds.stream().filter(Objects::nonNull).filter(id -> !ids.contains(id))
                    .toList();
            ids.addAll(added);
            if (!added.isEmpty()) {
                remember("project", projectKey, String.join(",", added));
            }
        }
    }
}
