package dev.northstar.okr.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.northstar.okr.testing.JiraFixture.Role;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** Assertions on REST answers: the error body's shape, JSON bodies, and the permission matrix. */
public final class RestAssert {
    public static final ObjectMapper JSON = new ObjectMapper();

    private RestAssert() {
    }

    /** Asserts the status and the error body's shape, that no server internals leak, and returns the body. */
    public static JsonNode error(HttpResponse<String> response, int status) {
        assertEquals(response.body(), status, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertFalse("leaks internals: " + response.body(),
                response.body().contains("Exception") || response.body().contains("at dev."));
        JsonNode body = json(response.body());
        assertEquals(status, body.get("status").asInt());
        assertFalse(body.get("message").asText().isBlank());
        assertFalse("untranslated: " + body, body.get("message").asText().startsWith("okr."));
        return body;
    }

    /** Asserts a 400 (or other status) naming the field and message key. */
    public static JsonNode refused(HttpResponse<String> response, int status, String field, String key) {
        JsonNode body = error(response, status);
        assertEquals(response.body(), key, body.get("key").asText());
        assertEquals(response.body(), field, body.get("field").isNull() ? null : body.get("field").asText());
        return body;
    }

    /** Asserts a success status and returns the JSON body. */
    public static JsonNode ok(HttpResponse<String> response, int status) {
        assertEquals(response.body(), status, response.statusCode());
        return json(response.body());
    }

    public static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Expected statuses by role, written as role-status pairs. */
    public static Map<Role, Integer> statuses(Object... roleThenStatus) {
        Map<Role, Integer> expected = new EnumMap<>(Role.class);
        for (int i = 0; i < roleThenStatus.length; i += 2) {
            expected.put((Role) roleThenStatus[i], (Integer) roleThenStatus[i + 1]);
        }
        return expected;
    }

    /** Calls as each role in the order given and asserts its status; errors must have the error body's shape. */
    public static void matrix(JiraFixture jira, Map<Role, Integer> expected, Supplier<HttpResponse<String>> call) {
        for (Map.Entry<Role, Integer> entry : expected.entrySet()) {
            jira.as(entry.getKey());
            HttpResponse<String> response = call.get();
            assertEquals(entry.getKey() + ": " + response.body(), (int) entry.getValue(), response.statusCode());
            if (entry.getValue() >= 400) {
                error(response, entry.getValue());
            }
        }
    }
}
