package dev.northstar.okr.local.playground;

import dev.northstar.okr.local.simjira.DemoUser;
import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.okr.testing.RestAssert;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.northstar.okr.testing.RestAssert.ok;
import static dev.northstar.okr.testing.RestAssert.refused;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The playground over HTTP with the demo quarter: the app's whole REST API, pages, users and languages. */
public class PlaygroundServerTest {
    private static final String REST = Playground.REST;

    @ClassRule
    public static final RunningPlayground PLAYGROUND = new RunningPlayground();

    @Test
    public void shouldServeEveryResourceAndProviderOfTheDescriptorsRestPackages() throws Exception {
        Set<String> declared = new TreeSet<>();
        for (String pkg : PLAYGROUND.playground().components().descriptor().restPackages()) {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "classes", pkg.replace('.', '/'));
            try (Stream<java.nio.file.Path> files = Files.list(dir)) {
                for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) files::iterator) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".class") && !name.contains("$")) {
                        Class<?> type = Class.forName(pkg + "." + name.replace(".class", ""));
                        if (type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(Provider.class)) {
                            declared.add(type.getName());
                        }
                    }
                }
            }
        }
        Set<String> served = PLAYGROUND.playground().components().restComponents().stream()
                .map(c -> c.getClass().getName()).collect(Collectors.toCollection(TreeSet::new));
        assertTrue("too few found: " + declared, declared.size() >= 12);
        assertEquals(declared, served);
    }

    /**
     * Requests the JDK's own HTTP server cannot parse (it would answer an HTML page naming a Java exception) are
     * answered by the playground with the REST API's JSON error body; the connection's earlier answers come first.
     */
    @Test
    public void shouldAnswerRequestsTheServerCannotParseWithTheJsonErrorBody() throws Exception {
        for (String request : List.of(
                "GET " + REST + "/settings/%zz HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET " + REST + "/settings?x=%zz HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /browse/OKR-12%2 HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /a b HTTP/1.1\r\nHost: x\r\n\r\n",
                "BROKEN\r\nHost: x\r\n\r\n",
                "GET " + REST + "/settings HTTP/1.1\r\nHo st: x\r\n\r\n",
                "PUT " + REST + "/settings HTTP/1.1\r\nHost: x\r\nContent-Length: ten\r\n\r\n",
                "PUT " + REST + "/settings HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\n{}",
                "PUT " + REST + "/settings HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n")) {
            String answer = raw(request);
            assertTrue(request + " -> " + answer, answer.startsWith("HTTP/1.1 400 "));
            assertTrue(answer, answer.contains("Content-Type: application/json"));
            assertFalse(answer, answer.contains("Exception") || answer.contains("<h1>"));
            JsonNode body = RestAssert.json(answer.substring(answer.indexOf("\r\n\r\n") + 4));
            assertEquals(400, body.get("status").asInt());
            assertEquals("okr.error.http.400", body.get("key").asText());
        }
        String cut = raw("PUT " + REST + "/settings?as=admin HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 40\r\n\r\n{\"staleDays\"");
        assertTrue(cut, cut.startsWith("HTTP/1.1 400 ") && cut.contains("okr.error.bodyUnreadable"));
        for (String cookies : List.of(";;;=;,,", "northstar-as=admin; $Version=abc", "northstar-as=\"admin")) {
            String answer = raw("GET " + REST + "/cycles HTTP/1.1\r\nHost: x\r\nCookie: " + cookies
                    + "\r\nConnection: close\r\n\r\n");
            assertFalse(cookies + " -> " + answer, answer.startsWith("HTTP/1.1 5") || answer.contains("Exception"));
        }
        String kept = raw("GET " + REST + "/cycles?as=viewer HTTP/1.1\r\nHost: x\r\n\r\n"
                + "PUT " + REST + "/settings?as=admin HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n"
                + "GET " + REST + "/settings/%zz HTTP/1.1\r\nHost: x\r\n\r\n");
        assertTrue(kept, kept.startsWith("HTTP/1.1 200 "));
        assertEquals(kept, 3, kept.split("HTTP/1.1 ").length - 1);
        assertTrue(kept, kept.substring(kept.lastIndexOf("HTTP/1.1 ")).startsWith("HTTP/1.1 400 "));
    }

    /** Sends raw bytes on one connection and reads every answer until the server closes it. */
    private static String raw(String request) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", PLAYGROUND.playground().port())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            socket.shutdownOutput();
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** A user the playground does not know is nobody, never the default user (who is the administrator here). */
    @Test
    public void shouldRefuseUnknownUsersInsteadOfMakingThemTheDefaultUser() {
        RestAssert.refused(PLAYGROUND.get(REST + "/settings?as=mallory", null), 401, null, "okr.error.loginRequired");
        RestAssert.refused(PLAYGROUND.get(REST + "/settings", "mallory"), 401, null, "okr.error.loginRequired");
        RestAssert.refused(PLAYGROUND.send(PLAYGROUND.request(REST + "/settings?as=Admin", null, "en")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"staleDays\": 2}"))), 401, null, "okr.error.loginRequired");
        assertEquals(14, ok(PLAYGROUND.get(REST + "/settings", "admin"), 200).get("staleDays").asInt());
    }

    @Test
    public void shouldListenOnLoopbackOnly() {
        assertTrue(PLAYGROUND.playground().address().toString(),
                PLAYGROUND.playground().address().getAddress().isLoopbackAddress());
        assertEquals("http://localhost:" + PLAYGROUND.playground().port() + "/",
                PLAYGROUND.playground().url().toString());
    }

    @Test
    public void shouldRouteEveryReadEndpointWhenAllResourcesServeTogether() {
        long cycle = currentCycle("admin");
        for (String path : List.of("/settings", "/setup", "/cycles", "/cycles/" + cycle,
                "/cycles/" + cycle + "/objectives?project=OKR", "/cycles/" + cycle + "/grades",
                "/keyresults/OKR-11", "/keyresults/OKR-11/settings", "/keyresults/OKR-11/checkins",
                "/objectives/OKR-10/settings", "/sprints/41/review?project=OKR")) {
            HttpResponse<String> answer = PLAYGROUND.get(REST + path, "admin");
            assertEquals(path + ": " + answer.body(), 200, answer.statusCode());
        }
    }

    @Test
    public void shouldHaveTheAppsSetupCompleteOnTheSimulatedJira() {
        JsonNode setup = ok(PLAYGROUND.get(REST + "/setup", "admin"), 200);
        assertTrue(setup.toString(), setup.get("complete").asBoolean());
        assertEquals("[\"OKR\"]", ok(PLAYGROUND.get(REST + "/settings", "admin"), 200).get("enabledProjects")
                .toString());
    }

    @Test
    public void shouldKeepTheDemoQuarterInProgressWithAClosedAndAnActiveSprint() {
        JsonNode cycle = ok(PLAYGROUND.get(REST + "/cycles/" + currentCycle("admin"), "admin"), 200);
        Instant now = Instant.now();
        assertTrue(cycle.toString(), Instant.parse(cycle.get("start").asText()).isBefore(now));
        assertTrue(cycle.toString(), Instant.parse(cycle.get("end").asText()).isAfter(now));
        JsonNode closed = ok(PLAYGROUND.get(REST + "/sprints/41/review?project=OKR", "admin"), 200).get("sprint");
        assertEquals("closed", closed.get("state").asText());
        assertTrue(Instant.parse(closed.get("complete").asText()).isBefore(now));
        JsonNode active = ok(PLAYGROUND.get(REST + "/sprints/42/review?project=OKR", "admin"), 200).get("sprint");
        assertEquals("active", active.get("state").asText());
        assertTrue(Instant.parse(active.get("start").asText()).isBefore(now));
    }

    @Test
    public void shouldShowEveryKindOfKeyResultInTheDemoTree() {
        JsonNode tree = tree("admin");
        Set<String> kinds = new TreeSet<>();
        Set<String> directions = new TreeSet<>();
        tree.findParents("kind").forEach(kr -> {
            kinds.add(kr.get("kind").asText());
            if (kr.hasNonNull("metric")) {
                directions.add(kr.get("metric").get("direction").asText());
            }
        });
        assertEquals(Set.of("issue-count", "story-points", "metric", "milestone"), kinds);
        assertEquals(Set.of("increase", "decrease", "maintain"), directions);
        JsonNode company = tree.get("objectives").get(0);
        assertEquals("OKR-1", company.get("key").asText());
        assertEquals(2, company.get("children").size());
        assertTrue(tree.toString(), tree.findValues("trend").stream().anyMatch(t -> t.asInt() <= -2));
    }

    @Test
    public void shouldCountButNeverNameTheSecuredIssueForAViewer() {
        HttpResponse<String> lead = PLAYGROUND.get(REST + "/keyresults/OKR-12", "lead");
        HttpResponse<String> viewer = PLAYGROUND.get(REST + "/keyresults/OKR-12", "viewer");
        assertTrue(lead.body(), lead.body().contains("SHOP-33"));
        assertEquals(0, ok(lead, 200).get("hiddenIssues").asInt());
        assertFalse(viewer.body(), viewer.body().contains("SHOP-33"));
        JsonNode seen = ok(viewer, 200);
        assertEquals(1, seen.get("hiddenIssues").asInt());
        assertEquals(1, seen.get("hiddenDone").asInt());
        // the figures count it all the same
        assertEquals(ok(lead, 200).get("keyResult").get("progress"), seen.get("keyResult").get("progress"));
        assertEquals(404, PLAYGROUND.get(REST + "/keyresults/SHOP-33/checkins", "viewer").statusCode());
        assertEquals(404, PLAYGROUND.get("/browse/SHOP-33", "viewer").statusCode());
        assertEquals(200, PLAYGROUND.get("/browse/SHOP-33", "lead").statusCode());
    }

    /**
     * The admin page offers the choice of how figures treat issues a viewer cannot see; saved as "left out", the
     * viewer's figures are made of what they may browse, and "counted" brings the default back.
     */
    @Test
    public void shouldLetTheAdminLeaveHiddenIssuesOutOfAViewersFigures() {
        String page = PLAYGROUND.get("/plugins/servlet/northstar-okr/admin", "admin").body();
        assertTrue(page, page.contains("name=\"hiddenIssues\""));
        assertTrue(page, page.contains("<option value=\"count\" selected=\"selected\">"));
        int leadTotal = ok(PLAYGROUND.get(REST + "/keyresults/OKR-12", "lead"), 200).at("/keyResult/total").asInt();
        try {
            ok(settings("{\"hiddenIssues\": \"leave-out\"}"), 200);
            JsonNode seen = ok(PLAYGROUND.get(REST + "/keyresults/OKR-12", "viewer"), 200);
            assertEquals(0, seen.get("hiddenIssues").asInt());
            assertEquals("SHOP-33 is left out", leadTotal - 1, seen.at("/keyResult/total").asInt());
            assertEquals(leadTotal, ok(PLAYGROUND.get(REST + "/keyresults/OKR-12", "lead"), 200)
                    .at("/keyResult/total").asInt());
            assertTrue(PLAYGROUND.get("/plugins/servlet/northstar-okr/admin", "admin").body()
                    .contains("<option value=\"leave-out\" selected=\"selected\">"));
        } finally {
            ok(settings("{\"hiddenIssues\": \"count\"}"), 200);
        }
        assertEquals(1, ok(PLAYGROUND.get(REST + "/keyresults/OKR-12", "viewer"), 200).get("hiddenIssues").asInt());
    }

    private HttpResponse<String> settings(String json) {
        return PLAYGROUND.send(PLAYGROUND.request(REST + "/settings", "admin", "en")
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    @Test
    public void shouldHideTheTeamsProjectFromTheOutsiderButCountItsIssues() {
        JsonNode kr = outsiderTreeKr("OKR-11");
        assertEquals(0, kr.get("initiatives").size());
        assertEquals(1, kr.get("hiddenInitiatives").asInt());
        assertEquals(kr.get("total").asInt(), kr.get("hiddenIssues").asInt());
        assertTrue(kr.get("total").asInt() > 0);
    }

    private JsonNode outsiderTreeKr(String key) {
        return tree("outsider").findParents("kind").stream().filter(k -> k.get("key").asText().equals(key))
                .findFirst().orElseThrow();
    }

    @Test
    public void shouldAnswerInTheChosenLanguage() {
        HttpResponse<String> english = PLAYGROUND.get(REST + "/keyresults/OKR-11/settings", DemoUser.ANONYMOUS, "en");
        HttpResponse<String> korean = PLAYGROUND.get(REST + "/keyresults/OKR-11/settings", DemoUser.ANONYMOUS, "ko");
        assertEquals("Log in to use Northstar OKR.", refused(english, 401, null, "okr.error.loginRequired")
                .get("message").asText());
        assertEquals("Northstar OKR\uc744 \uc0ac\uc6a9\ud558\ub824\uba74 \ub85c\uadf8\uc778\ud558\uc138\uc694.",
                refused(korean, 401, null, "okr.error.loginRequired").get("message").asText());
        HttpResponse<String> byParameter = PLAYGROUND.send(HttpRequest.newBuilder(
                PLAYGROUND.uri(REST + "/keyresults/OKR-11/settings?as=anonymous&lang=ko")).GET());
        assertEquals(korean.body(), byParameter.body());
    }

    @Test
    public void shouldLetOnlyEditorsCheckIn() {
        refused(PLAYGROUND.postJson(REST + "/keyresults/OKR-13/checkins", "viewer", "{\"confidence\": 5}"), 403,
                "issueKey", "okr.error.editRequired");
        JsonNode history = ok(PLAYGROUND.postJson(REST + "/keyresults/OKR-13/checkins", "member",
                "{\"confidence\": 6, \"note\": \"from the server test\"}"), 201);
        assertEquals("member", history.get("checkIns").get(0).get("author").asText());
    }

    @Test
    public void shouldRefuseAChangeThatIsNeitherJsonNorMarkedAsXsrfSafe() {
        refused(PLAYGROUND.send(PLAYGROUND.request(REST + "/keyresults/OKR-13/checkins", "member", "en")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("confidence=5"))),
                403, null, "okr.error.xsrf");
        refused(PLAYGROUND.send(PLAYGROUND.request(REST + "/keyresults/OKR-13/checkins", "member", "en")
                .header("Content-Type", "application/json").header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("{\"confidence\": 5}"))), 403, null, "okr.error.xsrf");
    }

    @Test
    public void shouldPutThePreviewBannerOnEveryPage() {
        for (String page : List.of("/", "/browse/OKR-1", "/browse/SHOP-1", "/browse/NOPE-1", "/plugins/servlet/northstar-okr/overview",
                "/plugins/servlet/northstar-okr/sprint-review", "/plugins/servlet/northstar-okr/admin", "/no/such/page")) {
            HttpResponse<String> answer = PLAYGROUND.get(page, "member");
            assertTrue(page, answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(page + ": " + answer.body(), answer.body().contains("id=\"playground-banner\""));
            assertTrue(page, answer.body().contains("Preview outside Jira"));
        }
        assertTrue(PLAYGROUND.get("/", "member", "ko").body().contains("Jira \ubc16\uc758 \ubbf8\ub9ac\ubcf4\uae30"));
    }

    @Test
    public void shouldEscapeTheScriptSummaryOnItsIssuePage() {
        String page = PLAYGROUND.get("/browse/SHOP-40", "admin").body();
        assertTrue(page, page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(page, page.contains("<script>alert(1)"));
        assertFalse(PLAYGROUND.get("/", "admin").body().contains("<script>alert(1)"));
    }

    @Test
    public void shouldListOnlyTheIssuesTheVisitorMaySeeOnTheStartPage() {
        String admin = PLAYGROUND.get("/", "admin").body();
        String outsider = PLAYGROUND.get("/", "outsider").body();
        assertTrue(admin.contains("/browse/SHOP-1\""));
        assertFalse(outsider.contains("/browse/SHOP-1\""));
        assertTrue(outsider, outsider.contains("more issues you cannot see"));
    }

    @Test
    public void shouldRememberTheChosenUserAndLanguageInCookies() {
        HttpResponse<String> answer = PLAYGROUND.send(HttpRequest.newBuilder(PLAYGROUND.uri("/?as=viewer&lang=ko"))
                .GET());
        List<String> cookies = answer.headers().allValues("Set-Cookie");
        assertTrue(cookies.toString(), cookies.contains(Visit.USER_COOKIE + "=viewer; Path=/; SameSite=Lax"));
        assertTrue(cookies.toString(), cookies.contains(Visit.LANGUAGE_COOKIE + "=ko; Path=/; SameSite=Lax"));
        assertTrue(answer.body().contains("<html lang=\"ko\">"));
        assertTrue(answer.body().contains("aria-current=\"true\">Vi Viewer</a>"));
    }

    @Test
    public void shouldServeAuiFromTheNpmPackageAndNothingBesideIt() {
        HttpResponse<String> css = PLAYGROUND.get("/aui/aui-prototyping.css", null);
        assertEquals("AUI must be installed (npm ci) for the playground to look as in Jira", 200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        assertEquals(200, PLAYGROUND.get("/jquery/jquery.min.js", null).statusCode());
        assertEquals(404, PLAYGROUND.get("/aui/../../package.json", null).statusCode());
        assertEquals(404, PLAYGROUND.get("/aui/%2e%2e/%2e%2e/package.json", null).statusCode());
        assertEquals(404, PLAYGROUND.get("/download/resources/dev.northstar.okr:nope/atlassian-plugin.xml", null)
                .statusCode());
        assertTrue(PLAYGROUND.get("/", null).body().contains("<link rel=\"stylesheet\" href=\"/aui/aui-prototyping.css\">"));
    }

    @Test
    public void shouldAnswerPagesInTheUsersLanguageWithTheAppsOwnMessages() {
        HttpResponse<String> missing = PLAYGROUND.get("/browse/NOPE-1", "admin", "ko");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body(), missing.body().contains("NOPE-1 \uc774\uc288\uac00 \uc5c6\uac70\ub098"));
    }

    private static long currentCycle(String as) {
        return ok(PLAYGROUND.get(REST + "/cycles", as), 200).get("cycles").get(0).get("id").asLong();
    }

    private static JsonNode tree(String as) {
        return RestAssert.json(PLAYGROUND.get(REST + "/cycles/" + currentCycle(as) + "/objectives?project=OKR", as)
                .body());
    }
}
