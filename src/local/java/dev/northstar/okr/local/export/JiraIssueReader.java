package dev.northstar.okr.local.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.northstar.okr.domain.DomainException;
import dev.northstar.okr.domain.IssueFact;
import dev.northstar.okr.domain.IssueTable;
import dev.northstar.okr.domain.IssueTableBuilder;
import dev.northstar.okr.domain.NumericHistory;
import dev.northstar.okr.domain.Sprint;
import dev.northstar.okr.domain.StatusCategory;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads Jira REST issue JSON into issue facts. Accepts one issue per line (plain or gzipped), search responses
 * ({"issues": [...], "names": {...}}), or a JSON array of issues, in both the Server / Data Center shape
 * (Agile {@code epic} object, {@code closedSprints}, {@code sprint}, epic-link custom field) and the Cloud
 * shape (epic as {@code parent} of type Epic, sprint custom field as an array). The Agile {@code epic.done}
 * flag is never read: it mirrors the "Epic Status" field, not whether the epic's work is complete.
 */
public final class JiraIssueReader {
    private static final Pattern LEGACY_SPRINT = Pattern.compile("\\[(.*)]\\s*$");

    private final ObjectMapper mapper = new ObjectMapper();
    private final FieldConfig config;
    private final StatusList statuses;

    public JiraIssueReader(FieldConfig config) {
        this(config, StatusList.NONE);
    }

    /** A reader that takes the categories of the statuses named in change histories from Jira's status list. */
    public JiraIssueReader(FieldConfig config, StatusList statuses) {
        this.config = config;
        this.statuses = statuses == null ? StatusList.NONE : statuses;
    }

    /**
     * An issue as read, before its status history is interpreted: the fact without its first done and first
     * in-progress instants, which need the categories of every status the history names.
     */
    private record Raw(IssueFact fact, StatusMoves.History history) {
        String key() {
            return fact.key();
        }
    }

    public IssueExport read(Path file) {
        try (InputStream in = open(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new ExportException("issues file not found: " + file);
        } catch (IOException e) {
            throw new ExportException("cannot read issues file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The file, gunzipped when it is gzipped (recognised by its first two bytes). */
    public static InputStream open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString());
        }
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16) : in;
    }

    public IssueExport read(InputStream in, String name) {
        // keyed by issue key: overlapping search pages repeat issues; the last copy read wins
        Map<String, Raw> raws = new LinkedHashMap<>();
        Map<Integer, Sprint> sprints = new HashMap<>();
        StatusCatalog catalog = new StatusCatalog(statuses);
        Set<String> notes = new LinkedHashSet<>();
        Map<String, String> globalNames = new LinkedHashMap<>();
        long count = 0;
        try (MappingIterator<JsonNode> it = mapper.readerFor(JsonNode.class).readValues(in)) {
            while (it.hasNextValue()) {
                JsonNode root = it.nextValue();
                count++;
                if (root.isArray()) {
                    for (JsonNode issue : root) {
                        add(raws, issue(issue, globalNames, sprints, catalog, notes), notes);
                    }
                } else if (root.has("issues")) {
                    Map<String, String> names = new LinkedHashMap<>(globalNames);
                    names.putAll(names(root.get("names")));
                    for (JsonNode issue : root.get("issues")) {
                        add(raws, issue(issue, names, sprints, catalog, notes), notes);
                    }
                } else if (root.has("fields")) {
                    add(raws, issue(root, globalNames, sprints, catalog, notes), notes);
                } else if (root.has("names")) {
                    globalNames.putAll(names(root.get("names")));
                } else {
                    throw new ExportException(name + ": value " + count + " is neither an issue, a search response nor a names map");
                }
            }
        } catch (JsonProcessingException e) {
            String loc = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new ExportException(name + ": malformed JSON" + loc + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ExportException("cannot read " + name + ": " + e.getMessage(), e);
        } catch (DomainException e) {
            throw new ExportException(name + ": " + e.getMessage(), e);
        }
        IssueTableBuilder b = IssueTable.builder();
        try {
            for (Raw r : raws.values()) {
                IssueFact f = r.fact();
                IssueFact.Timeline t = f.timeline();
                b.add(new IssueFact(f.key(), f.type(), f.subtask(), f.present(), f.statusCategory(),
                        new IssueFact.Timeline(t.created(), t.resolved(), t.updated(),
                                StatusMoves.firstDone(f, r.history(), catalog),
                                StatusMoves.firstInProgress(f, r.history(), catalog),
                                StatusMoves.resolutionSet(f, r.history())),
                        f.links(), f.planning(), f.numericFields(), f.notes()));
                notes.addAll(f.notes());
            }
            notes.addAll(catalog.notes());
            return new IssueExport(b.build(), sprints, new ArrayList<>(notes));
        } catch (DomainException e) {
            throw new ExportException(name + ": " + e.getMessage(), e);
        }
    }

    private static void add(Map<String, Raw> raws, Raw r, Set<String> notes) {
        if (raws.remove(r.key()) != null) {
            notes.add("issue " + r.key() + " appears more than once; the last copy was used");
        }
        raws.put(r.key(), r);
    }

    private static Map<String, String> names(JsonNode n) {
        Map<String, String> out = new LinkedHashMap<>();
        if (n != null && n.isObject()) {
            n.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        }
        return out;
    }

    private Raw issue(JsonNode issue, Map<String, String> outerNames, Map<Integer, Sprint> sprints,
            StatusCatalog catalog, Set<String> notes) {
        String key = text(issue, "key");
        if (key == null) {
            throw new ExportException("an issue without a key");
        }
        JsonNode f = issue.path("fields");
        Map<String, String> names = outerNames;
        if (issue.has("names")) {
            names = new LinkedHashMap<>(outerNames);
            names.putAll(names(issue.get("names")));
        }
        JsonNode it = f.path("issuetype");
        String type = text(it, "name");
        boolean subtask = it.path("subtask").asBoolean(false);
        JsonNode status = f.path("status");
        StatusCategory cat = StatusCategory.fromKey(text(status.path("statusCategory"), "key"));
        catalog.saw(text(status, "id"), text(status, "name"), cat);
        Instant created = JiraDates.parse(text(f, "created"), key + " created");
        if (created == null) {
            throw new ExportException(key + ": no created date");
        }
        Instant resolved = JiraDates.parse(text(f, "resolutiondate"), key + " resolutiondate");
        Instant updated = JiraDates.parse(text(f, "updated"), key + " updated");

        // epic: Agile epic object (never its done flag), epic-link field, or Cloud parent of type Epic
        String epicKey = null;
        String parentKey = null;
        JsonNode epic = f.get("epic");
        if (epic != null && epic.isObject()) {
            epicKey = text(epic, "key");
        }
        if (epicKey == null) {
            String linkId = field(config.epicLink(), FieldConfig.EPIC_LINK_NAMES, names, f, "Epic Link", notes);
            JsonNode link = linkId == null ? null : f.get(linkId);
            if (link != null && link.isTextual() && !link.asText().isBlank()) {
                epicKey = link.asText();
            } else if (link != null && link.isObject()) {
                epicKey = text(link, "key");
            }
        }
        JsonNode parent = f.get("parent");
        if (parent != null && parent.isObject() && text(parent, "key") != null) {
            JsonNode pt = parent.path("fields").path("issuetype");
            boolean parentIsEpic = "Epic".equalsIgnoreCase(text(pt, "name")) || pt.path("hierarchyLevel").asInt(0) == 1;
            if (parentIsEpic && !subtask) {
                if (epicKey == null) {
                    epicKey = text(parent, "key");
                }
            } else {
                parentKey = text(parent, "key");
            }
        }

        List<String> issueNotes = new ArrayList<>();
        String spId = field(config.storyPoints(), FieldConfig.STORY_POINTS_NAMES, names, f, "storyPoints", notes);
        Double points = IssueNumbers.points(spId == null ? null : f.get(spId), key, issueNotes);

        Set<Integer> sprintIds = new LinkedHashSet<>();
        for (JsonNode s : f.path("closedSprints")) {
            sprintIds.add(sprint(s, sprints, key));
        }
        JsonNode agileSprint = f.get("sprint");
        if (agileSprint != null && agileSprint.isObject()) {
            sprintIds.add(sprint(agileSprint, sprints, key));
        }
        String sprintId = field(config.sprint(), FieldConfig.SPRINT_NAMES, names, f, null, notes);
        JsonNode sf = sprintId == null ? null : f.get(sprintId);
        if (sf != null && !sf.isNull() && sf != agileSprint) {
            if (sf.isArray()) {
                for (JsonNode s : sf) {
                    sprintIds.add(sprint(s, sprints, key));
                }
            } else {
                sprintIds.add(sprint(sf, sprints, key));
            }
        }

        Map<String, NumericHistory> numeric = IssueNumbers.fields(config.numericFields(), issue, f, names, created,
                updated, key, issueNotes);
        return new Raw(IssueFact.builder(key).type(type).subtask(subtask).statusCategory(cat).created(created)
                .resolved(resolved).updated(updated).epicKey(epicKey).parentKey(parentKey).storyPoints(points)
                .sprintIds(new ArrayList<>(sprintIds)).numericFields(numeric).notes(issueNotes).build(),
                StatusMoves.read(issue, key, text(status, "id"), text(status, "name")));
    }

    /**
     * The id of a field: the configured id, else the id whose name in the names map matches, else a plain
     * field of that name (this dump's "storyPoints"). Ambiguous names are an error.
     */
    private static String field(String configured, List<String> candidateNames, Map<String, String> names, JsonNode f,
            String plain, Set<String> notes) {
        if (configured != null) {
            if (f.has(configured)) {
                return configured;
            }
            String byName = idForName(configured, names);
            return byName != null ? byName : configured;
        }
        for (String n : candidateNames) {
            String id = idForName(n, names);
            if (id != null) {
                notes.add("field \"" + n + "\" found as " + id);
                return id;
            }
        }
        return plain != null && f.has(plain) ? plain : null;
    }

    static String idForName(String name, Map<String, String> names) {
        String found = null;
        for (Map.Entry<String, String> e : names.entrySet()) {
            if (e.getValue().equalsIgnoreCase(name)) {
                if (found != null) {
                    throw new ExportException("field name \"" + name + "\" is ambiguous (" + found + ", " + e.getKey()
                            + "): configure the field id");
                }
                found = e.getKey();
            }
        }
        return found;
    }

    private static int sprint(JsonNode s, Map<Integer, Sprint> sprints, String key) {
        Sprint sp;
        if (s.isObject()) {
            if (!s.has("id")) {
                throw new ExportException(key + ": a sprint without an id");
            }
            sp = new Sprint(s.get("id").asInt(), text(s, "name"), text(s, "state"),
                    JiraDates.parse(text(s, "startDate"), key + " sprint startDate"),
                    JiraDates.parse(text(s, "endDate"), key + " sprint endDate"),
                    JiraDates.parse(text(s, "completeDate"), key + " sprint completeDate"));
        } else if (s.isInt()) {
            return s.asInt();
        } else if (s.isTextual()) {
            sp = legacySprint(s.asText(), key);
        } else {
            throw new ExportException(key + ": unreadable sprint value " + s);
        }
        sprints.putIfAbsent(sp.id(), sp);
        return sp.id();
    }

    /** Server's old string form: "com.atlassian.greenhopper.service.sprint.Sprint@1a2b[id=1,state=CLOSED,...]". */
    static Sprint legacySprint(String s, String key) {
        Matcher m = LEGACY_SPRINT.matcher(s);
        if (!m.find()) {
            throw new ExportException(key + ": unreadable sprint value \"" + s + "\"");
        }
        Map<String, String> kv = new HashMap<>();
        // values may contain commas (names); split on ",word=" boundaries only
        for (String part : m.group(1).split(",(?=[A-Za-z]+=)")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                kv.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        try {
            int id = Integer.parseInt(kv.get("id"));
            return new Sprint(id, kv.get("name"), kv.get("state") == null ? null : kv.get("state").toLowerCase(),
                    date(kv.get("startDate"), key), date(kv.get("endDate"), key), date(kv.get("completeDate"), key));
        } catch (RuntimeException e) {
            throw new ExportException(key + ": unreadable sprint value \"" + s + "\"");
        }
    }

    private static Instant date(String v, String key) {
        return v == null || "<null>".equals(v) ? null : JiraDates.parse(v, key + " sprint");
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

}
