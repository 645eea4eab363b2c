package dev.northstar.okr.local.playground;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.northstar.okr.local.export.ExportException;
import dev.northstar.okr.local.export.JiraDates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The demo team quarter that ships in {@code examples/demo} (written for this project): a Jira export, its sprint
 * list and OKR file, dated around the instant the OKR file names as {@code authoredAt}. For the playground every
 * date is moved by whole weeks so that {@code authoredAt} falls in the current week: the quarter is in progress,
 * one sprint closed and one active, whenever the playground starts. The moved copies are written to the data
 * folder and read from there by the engine's ordinary readers.
 */
final class DemoQuarter {
    static final String ISSUES = "demo-issues.json";
    static final String SPRINTS = "demo-sprints.json";
    static final String OKRS = "demo-okrs.json";
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The moved copies and by how many weeks they were moved. */
    record Files3(Path issues, Path sprints, Path okrs, long weeks) {
    }

    private DemoQuarter() {
    }

    /** Whole weeks to move the demo by so that {@code now} falls in the week starting at its moved {@code authoredAt}. */
    static long weeksUntil(Path source, Instant now) {
        Instant authored = JiraDates.parse(read(source.resolve(OKRS)).path("authoredAt").asText(null), "authoredAt");
        if (authored == null) {
            throw new ExportException(source.resolve(OKRS) + ": authoredAt is required");
        }
        return Math.floorDiv(Duration.between(authored, now).toMillis(), Duration.ofDays(7).toMillis());
    }

    /** Writes the demo moved by {@code weeks} into {@code target}. */
    static Files3 write(Path source, Path target, long weeks) {
        Duration shift = Duration.ofDays(7 * weeks);
        try {
            Files.createDirectories(target);
            for (String name : new String[] {ISSUES, SPRINTS, OKRS}) {
                JsonNode moved = shift(read(source.resolve(name)), shift);
                JSON.writeValue(target.resolve(name).toFile(), moved);
            }
        } catch (IOException e) {
            throw new ExportException("cannot write the demo data to " + target + ": " + e.getMessage(), e);
        }
        return new Files3(target.resolve(ISSUES), target.resolve(SPRINTS), target.resolve(OKRS), weeks);
    }

    private static JsonNode shift(JsonNode node, Duration shift) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                field.setValue(shift(field.getValue(), shift));
            }
            return object;
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, shift(array.get(i), shift));
            }
            return array;
        }
        if (node.isTextual() && DATE_TIME.matcher(node.asText()).matches()) {
            return new TextNode(JiraDates.parse(node.asText(), "date").plus(shift).toString());
        }
        return node;
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new ExportException("cannot read the demo file " + file + ": " + e.getMessage(), e);
        }
    }
}
