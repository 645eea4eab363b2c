package dev.northstar.okr.rest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.northstar.okr.errors.InvalidInputException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request body read as JSON with typed, field-named access. Resources take the raw body and read it through
 * this class so that every wrong type, missing field, NaN or oversized text becomes a 400 naming the field,
 * instead of whatever a generic binder would say.
 */
public final class JsonInput {
    /** Longest text accepted in any field: summaries and notes are short; anything longer is a mistake. */
    public static final int MAX_TEXT = 4000;
    /**
     * Largest magnitude of any number in a request (10^15, the domain's {@code Checks.MAX_VALUE}): far beyond any
     * real value, and small enough that the figures computed from such numbers stay finite.
     */
    public static final double MAX_NUMBER = 1e15;
    static final int MAX_BODY = 256 * 1024;

    /** Configured once and never changed (ObjectMapper is thread-safe then); tighter limits than the defaults. */
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(64).maxStringLength(MAX_BODY).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private final ObjectNode node;
    /** Put before every field this input names in a refusal: {@code keyResults[1].} for an item of a list. */
    private final String prefix;

    private JsonInput(ObjectNode node) {
        this(node, "");
    }

    private JsonInput(ObjectNode node, String prefix) {
        this.node = node;
        this.prefix = prefix;
    }

    /** Parses a request body that must be one JSON object. */
    public static JsonInput parse(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException(null, "okr.error.json.empty");
        }
        if (body.length() > MAX_BODY) {
            throw new InvalidInputException(null, "okr.error.json.tooLarge", MAX_BODY);
        }
        JsonNode tree;
        try (JsonParser parser = MAPPER.createParser(body)) {
            tree = MAPPER.readTree(parser);
            if (tree == null) {
                throw new InvalidInputException(null, "okr.error.json.empty");
            }
            // exactly one JSON value: "{} {}" or "{} and more" is a mistake, not an object with a tail to ignore
            JsonLocation end = parser.currentLocation();
            if (trailing(parser)) {
                throw new InvalidInputException(null, "okr.error.json.trailing", end.getLineNr(), end.getColumnNr());
            }
        } catch (JsonProcessingException malformed) {
            throw new InvalidInputException(null, "okr.error.json.malformed",
                    malformed.getLocation() == null ? 0 : malformed.getLocation().getLineNr(),
                    malformed.getLocation() == null ? 0 : malformed.getLocation().getColumnNr());
        } catch (IOException unreadable) {
            throw new InvalidInputException(null, "okr.error.json.malformed", 0, 0);
        }
        if (!(tree instanceof ObjectNode)) {
            throw new InvalidInputException(null, "okr.error.json.objectExpected");
        }
        return new JsonInput((ObjectNode) tree);
    }

    /** Whether anything but white space follows the first value (something that is not even JSON counts). */
    private static boolean trailing(JsonParser parser) {
        try {
            return parser.nextToken() != null;
        } catch (IOException notJson) {
            return true;
        }
    }

    /** The name a refusal gives one of this input's fields: {@code keyResults[1].kind} for an item of a list. */
    public String fieldName(String field) {
        return prefix + field;
    }

    public boolean has(String field) {
        return node.hasNonNull(field);
    }

    public double number(String field) {
        return optionalNumber(field).orElseThrow(() -> missing(prefix + field));
    }

    public double number(String field, double fallback) {
        return optionalNumber(field).orElse(fallback);
    }

    public Optional<Double> optionalNumber(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isNumber()) {
            throw wrongType(prefix + field, "number");
        }
        double number = value.doubleValue();
        if (!Double.isFinite(number)) {
            throw new InvalidInputException(prefix + field, "okr.error.notFinite");
        }
        if (Math.abs(number) > MAX_NUMBER) {
            throw new InvalidInputException(prefix + field, "okr.error.valueTooLarge", (long) MAX_NUMBER);
        }
        return Optional.of(number);
    }

    public int integer(String field, int fallback) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw wrongType(prefix + field, "integer");
        }
        return value.intValue();
    }

    public String text(String field) {
        return optionalText(field).orElseThrow(() -> missing(prefix + field));
    }

    public String text(String field, String fallback) {
        return optionalText(field).orElse(fallback);
    }

    public Optional<String> optionalText(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw wrongType(prefix + field, "text");
        }
        return Optional.of(checkLength(prefix + field, value.textValue()));
    }

    public List<String> texts(String field, List<String> fallback) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isArray()) {
            throw wrongType(prefix + field, "list");
        }
        List<String> result = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw wrongType(prefix + field, "list");
            }
            result.add(checkLength(prefix + field, item.textValue()));
        }
        return result;
    }

    /**
     * A list of JSON objects (an empty list when the field is absent or null), each read as an input of its own whose
     * refusals name the item: {@code keyResults[1].summary}.
     */
    public List<JsonInput> objects(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw wrongType(prefix + field, "objects");
        }
        List<JsonInput> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (!(item instanceof ObjectNode object)) {
                throw wrongType(prefix + field, "objects");
            }
            items.add(new JsonInput(object, prefix + field + "[" + items.size() + "]."));
        }
        return items;
    }

    /** Whether the body names the field at all, null included: {@code "project": null} is a choice, not an omission. */
    public boolean present(String field) {
        return node.has(field);
    }

    public boolean bool(String field, boolean fallback) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw wrongType(prefix + field, "boolean");
        }
        return value.booleanValue();
    }

    private static String checkLength(String field, String text) {
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException(field, "okr.error.textTooLong", MAX_TEXT);
        }
        if (!storable(text)) {
            throw new InvalidInputException(field, "okr.error.textInvalid");
        }
        return text;
    }

    /**
     * Whether every database Jira runs on can store the text as it is: no NUL character (PostgreSQL refuses it) and no
     * half of a surrogate pair (not Unicode; drivers replace it with "?").
     */
    public static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static InvalidInputException missing(String field) {
        return new InvalidInputException(field, "okr.error.required");
    }

    private static InvalidInputException wrongType(String field, String expected) {
        return new InvalidInputException(field, "okr.error.json.type." + expected);
    }
}
