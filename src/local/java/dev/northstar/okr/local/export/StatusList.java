package dev.northstar.okr.local.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.northstar.okr.domain.StatusCategory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Jira's status list, as {@code GET /rest/api/2/status} answers it: every status with its category, also those no
 * issue is in any more. With it, the categories of the statuses a change history names are Jira's, not guessed from
 * the issues of the export.
 */
public record StatusList(Map<String, StatusCategory> byId, Map<String, StatusCategory> byName) {
    public static final StatusList NONE = new StatusList(Map.of(), Map.of());

    public StatusList {
        byId = Map.copyOf(byId);
        byName = Map.copyOf(byName);
    }

    /** Reads one or several status lists (arrays of statuses, or {"values": [...]}), plain or gzipped. */
    public static StatusList read(Path file) {
        Map<String, StatusCategory> byId = new HashMap<>();
        Map<String, StatusCategory> byName = new HashMap<>();
        try (InputStream in = JiraIssueReader.open(file);
             MappingIterator<JsonNode> it = new ObjectMapper().readerFor(JsonNode.class).readValues(in)) {
            while (it.hasNextValue()) {
                JsonNode root = it.nextValue();
                JsonNode values = root.isArray() ? root : root.get("values");
                if (values == null || !values.isArray()) {
                    throw new ExportException("statuses file " + file + ": expected an array of statuses"
                            + " (GET /rest/api/2/status)");
                }
                for (JsonNode s : values) {
                    JsonNode category = s.path("statusCategory").get("key");
                    if (!s.hasNonNull("id") || category == null || category.isNull()) {
                        throw new ExportException("statuses file " + file + ": a status without an id or a category"
                                + " key: " + s);
                    }
                    StatusCategory c = StatusCategory.fromKey(category.asText());
                    byId.put(s.get("id").asText(), c);
                    if (s.hasNonNull("name")) {
                        byName.put(s.get("name").asText(), c);
                    }
                }
            }
        } catch (NoSuchFileException e) {
            throw new ExportException("statuses file not found: " + file);
        } catch (JsonProcessingException e) {
            String loc = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new ExportException("statuses file " + file + ": malformed JSON" + loc + ": " + e.getOriginalMessage(),
                    e);
        } catch (IOException e) {
            throw new ExportException("cannot read statuses file " + file + ": " + e.getMessage(), e);
        }
        return new StatusList(byId, byName);
    }
}
