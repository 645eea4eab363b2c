package dev.northstar.okr.local.playground;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.northstar.okr.local.export.ExportException;
import dev.northstar.okr.local.export.FieldConfig;
import dev.northstar.okr.local.export.JiraIssueReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What an export says about its issues beyond the engine's facts (summary, project, status name, security level,
 * the custom fields' names) and which board each sprint of a sprint list was made on, for the simulated Jira.
 */
final class ExportDetails {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Issue details the engine's facts leave out: what Jira shows of an issue and who may see it. */
    record Details(String summary, String project, String projectName, String status, String security) {
    }

    private ExportDetails() {
    }

    /** Sprint id to originBoardId, from a sprint list (one or several board pages, or an array of sprints). */
    static Map<Integer, Integer> boards(Path sprintList) {
        Map<Integer, Integer> boards = new HashMap<>();
        try (InputStream in = JiraIssueReader.open(sprintList);
             MappingIterator<JsonNode> it = JSON.readerFor(JsonNode.class).readValues(in)) {
            while (it.hasNextValue()) {
                JsonNode root = it.nextValue();
                for (JsonNode sprint : root.isArray() ? root : root.path("values")) {
                    if (sprint.path("id").isIntegralNumber() && sprint.path("originBoardId").isIntegralNumber()) {
                        boards.put(sprint.get("id").asInt(), sprint.get("originBoardId").asInt());
                    }
                }
            }
        } catch (IOException e) {
            throw new ExportException("cannot read sprints file " + sprintList + ": " + e.getMessage(), e);
        }
        return boards;
    }

    /** Summary, project, status name and security level per issue key, in the same shapes the engine reads. */
    static Map<String, Details> details(Path file, Map<String, String> customFields) {
        Map<String, Details> details = new HashMap<>();
        try (InputStream in = JiraIssueReader.open(file);
             MappingIterator<JsonNode> it = JSON.readerFor(JsonNode.class).readValues(in)) {
            while (it.hasNextValue()) {
                JsonNode root = it.nextValue();
                if (root.isArray()) {
                    root.forEach(issue -> detail(issue, details));
                } else if (root.has("issues")) {
                    names(root.get("names"), customFields);
                    root.get("issues").forEach(issue -> detail(issue, details));
                } else if (root.has("fields")) {
                    names(root.get("names"), customFields);
                    detail(root, details);
                } else {
                    names(root.get("names"), customFields);
                }
            }
        } catch (IOException e) {
            throw new ExportException("cannot read issues file " + file + ": " + e.getMessage(), e);
        }
        return details;
    }

    private static void detail(JsonNode issue, Map<String, Details> details) {
        String key = text(issue, "key");
        if (key == null) {
            return;
        }
        JsonNode f = issue.path("fields");
        JsonNode security = f.get("security");
        details.put(key, new Details(Optional.ofNullable(text(f, "summary")).orElse(""),
                text(f.path("project"), "key"), text(f.path("project"), "name"), text(f.path("status"), "name"),
                security != null && security.isObject() ? Optional.ofNullable(text(security, "name")).orElse("secured")
                        : null));
    }

    private static void names(JsonNode names, Map<String, String> customFields) {
        if (names != null && names.isObject()) {
            names.fields().forEachRemaining(e -> {
                String name = e.getValue().asText();
                if (e.getKey().startsWith("customfield_") && (FieldConfig.STORY_POINTS_NAMES.contains(name)
                        || FieldConfig.SPRINT_NAMES.contains(name) || FieldConfig.EPIC_LINK_NAMES.contains(name))) {
                    customFields.putIfAbsent(e.getKey(), name);
                }
            });
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
