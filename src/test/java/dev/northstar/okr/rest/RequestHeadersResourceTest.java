package dev.northstar.okr.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.okr.settings.SettingsResource;
import dev.northstar.okr.settings.SettingsService;
import dev.northstar.okr.testing.JiraFixture;
import dev.northstar.okr.testing.RestServer;
import org.junit.Rule;
import org.junit.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static dev.northstar.okr.testing.RestAssert.ok;
import static dev.northstar.okr.testing.RestAssert.refused;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Garbled headers and bodies over real HTTP: each is the client's mistake and gets its own translated 4xx with the
 * documented error body, never a 500, whether or not the request carries Jira's XSRF token.
 */
public class RequestHeadersResourceTest {
    private final JiraFixture jira = new JiraFixture();

    @Rule
    public final RestServer server = new RestServer(new SettingsResource(new SettingsService(jira.settingsStorage),
            new Guard(jira.access)), new ErrorMapping(jira.texts), new XsrfGuard());

    private HttpResponse<String> put(String contentType, boolean token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/settings"))
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token) {
            request.header("X-Atlassian-Token", "no-check");
        }
        return server.send(request);
    }

    @Test
    public void shouldRefuseAContentTypeThatIsNotExactlyOneMediaTypeWith415() {
        jira.administrator();
        for (boolean token : new boolean[] {false, true}) {
            for (String type : List.of("invalid", "", "application/json, text/plain", "text/plain; x=application/json",
                    "application/json; charset=\"", "*/*", "application/*", "application/json;;;=")) {
                refused(put(type, token, "{\"staleDays\": 3}"), 415, null, "okr.error.contentType");
            }
        }
        assertTrue("nothing stored", jira.pluginSettings.isEmpty());
    }

    @Test
    public void shouldRefuseAnUnknownCharacterSetWith415() {
        jira.administrator();
        for (String charset : List.of("foo", "utf-9", "\"not-a-charset\"", "x_y")) {
            refused(put("application/json; charset=" + charset, true, "{\"staleDays\": 3}"), 415, null,
                    "okr.error.charset");
        }
        assertTrue(jira.pluginSettings.isEmpty());
        jira.speaking(Locale.KOREAN);
        JsonNode korean = refused(put("application/json; charset=foo", false, "{}"), 415, null, "okr.error.charset");
        assertTrue(korean.toString(), korean.get("message").asText().contains("UTF-8"));
    }

    @Test
    public void shouldReadAKnownCharacterSetAsDeclared() {
        jira.administrator();
        HttpResponse<String> latin = server.send(HttpRequest.newBuilder(server.uri("/settings"))
                .header("Content-Type", "application/json; charset=ISO-8859-1")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"staleDays\": 4}", StandardCharsets.ISO_8859_1)));
        assertEquals(4, ok(latin, 200).get("staleDays").asInt());
    }

    @Test
    public void shouldRefuseGarbledHeadersOnReadsToo() {
        jira.administrator();
        refused(server.send(HttpRequest.newBuilder(server.uri("/settings")).GET().header("Content-Type", "invalid")),
                415, null, "okr.error.contentType");
        refused(server.send(HttpRequest.newBuilder(server.uri("/settings")).GET().header("Accept", "invalid/")),
                400, null, "okr.error.accept");
        refused(server.send(HttpRequest.newBuilder(server.uri("/settings")).GET().header("Accept", "a/b; q=x")),
                400, null, "okr.error.accept");
    }

    @Test
    public void shouldTakeExactlyOneJsonValuePerBody() {
        jira.administrator();
        for (String body : List.of("{} trailing", "{}{}", "{\"staleDays\": 3} {\"staleDays\": 4}", "{} ]", "{}\n1",
                "{} /* comment */")) {
            JsonNode error = refused(put("application/json", false, body), 400, null, "okr.error.json.trailing");
            assertTrue(error.toString(), error.get("message").asText().contains("line 1") || body.contains("\n"));
        }
        assertTrue(jira.pluginSettings.isEmpty());
        assertEquals("white space after the value is fine", 5,
                ok(put("application/json", false, " {\"staleDays\": 5}\r\n\t "), 200).get("staleDays").asInt());
    }

    /** Texts every database of Jira can store: PostgreSQL refuses a NUL character, and half a surrogate is no text. */
    @Test
    public void shouldRefuseTextsNoDatabaseCanStore() {
        jira.administrator();
        for (String text : List.of("customfield_1\\u0000", "\\u0000", "\\ud800", "a\\udc00b", "\\udbff")) {
            refused(put("application/json", false, "{\"sprintField\": \"" + text + "\"}"), 400, "sprintField",
                    "okr.error.textInvalid");
        }
        refused(put("application/json", false, "{\"enabledProjects\": [\"AC\\u0000\"]}"), 400, "enabledProjects",
                "okr.error.textInvalid");
        assertTrue(jira.pluginSettings.isEmpty());
        assertEquals("a whole surrogate pair is text like any other", 400, put("application/json", false,
                "{\"sprintField\": \"\\ud83d\\ude00\"}").statusCode());
    }

    /** A body shorter than its Content-Length (the connection ends early) is the client's 400, not a server fault. */
    @Test
    public void shouldRefuseABodyThatEndsBeforeItsLengthWith400() throws Exception {
        jira.administrator();
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.uri("/").getPort())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("PUT " + RestServer.BASE + "/settings HTTP/1.1\r\nHost: x\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 40\r\n\r\n{\"staleDays\"")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.shutdownOutput();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer, answer.startsWith("HTTP/1.1 400 "));
            JsonNode body = dev.northstar.okr.testing.RestAssert.json(answer.substring(answer.indexOf("\r\n\r\n") + 4));
            assertEquals("okr.error.bodyUnreadable", body.get("key").asText());
            assertTrue(body.toString(), !body.get("message").asText().contains("Exception"));
        }
        assertTrue(jira.pluginSettings.isEmpty());
    }

    @Test
    public void shouldStillRefuseCrossSiteFormsWith403() {
        jira.administrator();
        refused(put("application/x-www-form-urlencoded", false, "staleDays=1"), 403, null, "okr.error.xsrf");
        refused(put("text/plain", false, "{\"staleDays\": 1}"), 403, null, "okr.error.xsrf");
        refused(put(null, false, "{\"staleDays\": 1}"), 403, null, "okr.error.xsrf");
        assertTrue(jira.pluginSettings.isEmpty());
    }
}
