package dev.northstar.okr.local.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.northstar.okr.domain.DomainException;
import dev.northstar.okr.domain.Sprint;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads Jira Software sprint lists ({@code GET /rest/agile/1.0/board/{id}/sprint}: {"values": [...]}), one or
 * several pages (concatenated or one per line), or a plain array of sprints.
 */
public final class SprintListReader {
    private final ObjectMapper mapper = new ObjectMapper();

    public Map<Integer, Sprint> read(Path file) {
        try (InputStream in = JiraIssueReader.open(file)) {
            Map<Integer, Sprint> out = new LinkedHashMap<>();
            try (MappingIterator<JsonNode> it = mapper.readerFor(JsonNode.class).readValues(in)) {
                while (it.hasNextValue()) {
                    JsonNode root = it.nextValue();
                    JsonNode values = root.isArray() ? root : root.get("values");
                    if (values == null || !values.isArray()) {
                        throw new ExportException("sprints file " + file + ": expected {\"values\": [...]} or an array of sprints");
                    }
                    for (JsonNode s : values) {
                        if (!s.has("id")) {
                            throw new ExportException("sprints file " + file + ": a sprint without an id");
                        }
                        int id = s.get("id").asInt();
                        out.put(id, new Sprint(id, text(s, "name"), text(s, "state"),
                                JiraDates.parse(text(s, "startDate"), "sprint " + id + " startDate"),
                                JiraDates.parse(text(s, "endDate"), "sprint " + id + " endDate"),
                                JiraDates.parse(text(s, "completeDate"), "sprint " + id + " completeDate")));
                    }
                }
            }
            return out;
        } catch (NoSuchFileException e) {
            throw new ExportException("sprints file not found: " + file);
        } catch (JsonProcessingException e) {
            String loc = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new ExportException("sprints file " + file + ": malformed JSON" + loc + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ExportException("cannot read sprints file " + file + ": " + e.getMessage(), e);
        } catch (DomainException e) {
            throw new ExportException("sprints file " + file + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
