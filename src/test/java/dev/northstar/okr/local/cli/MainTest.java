package dev.northstar.okr.local.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.northstar.okr.testdata.RealData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The command line end to end, on the real export. Figures as in RealDataProgressTest (python3 over the dump). */
public class MainTest {
    private static final double EPS = 1e-9;

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private String out;
    private String err;

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    private String[] report(String... extra) {
        List<String> a = new ArrayList<>(List.of("report", "--issues", RealData.require(RealData.ISSUES).toString(),
                "--okrs", RealData.PLAN.toString(), "--sprints", RealData.require(RealData.SPRINTS).toString()));
        a.addAll(List.of(extra));
        return a.toArray(new String[0]);
    }

    private static JsonNode kr(JsonNode report, String key) {
        for (JsonNode o : report.get("objectives")) {
            for (JsonNode k : o.get("keyResults")) {
                if (k.get("key").asText().equals(key)) {
                    return k;
                }
            }
        }
        throw new AssertionError("no KR " + key);
    }

    @Test
    public void shouldPrintTheJsonReportWithSprintReviewForTheRealExport() throws IOException {
        assertEquals(err, 0, run(report("--as-of", "2015-08-01T00:00:00Z", "--sprint", "464")));
        JsonNode r = new ObjectMapper().readTree(out);
        assertEquals("O1", r.get("objectives").get(0).get("key").asText());
        assertEquals("O2", r.get("objectives").get(1).get("key").asText());
        assertEquals("O1", r.get("objectives").get(1).get("parent").asText());
        assertTrue(r.get("objectives").get(0).has("progress"));
        assertEquals("on-track", r.get("objectives").get(0).get("status").asText());
        assertTrue(r.get("objectives").get(0).get("warnings").get(0).asText().startsWith("4 key results"));
        JsonNode pts = kr(r, "KR-PTS");
        assertEquals(91.0 / 255, pts.get("progress").asDouble(), EPS);
        assertEquals(8, pts.get("done").asInt());
        assertEquals(20, pts.get("total").asInt());
        assertEquals(91.0, pts.get("pointsDone").asDouble(), EPS);
        assertEquals(255.0, pts.get("pointsTotal").asDouble(), EPS);
        assertEquals(0, pts.get("unestimated").asInt());
        assertEquals(27, pts.get("provenance").size());
        assertEquals(91.0 / 258, pts.get("sprint").get("progressAtStart").asDouble(), EPS);
        assertEquals(167.0 / 279, pts.get("sprint").get("progressAtEnd").asDouble(), EPS);
        assertEquals(6, pts.get("sprint").get("completed").size());
        JsonNode orphan = kr(r, "KR-ORPH");
        assertEquals("TIMOB-17966", orphan.get("orphanInitiatives").get(0).asText());
        assertEquals(2, orphan.get("unestimated").asInt());
        assertFalse(orphan.has("sprint"));
        JsonNode bad = kr(r, "KR-BAD");
        assertTrue(bad.get("error").asText().contains("target equals start"));
        assertEquals(9.0 / 25, r.get("sprint").get("alignment").get("share").asDouble(), EPS);
        assertEquals(61.0 / 126, r.get("sprint").get("alignment").get("pointsShare").asDouble(), EPS);
        assertFalse(r.has("grades")); // as-of inside the cycle
    }

    @Test
    public void shouldGradeWhenTheAsOfInstantIsAfterTheCycle() throws IOException {
        assertEquals(err, 0, run(report("--as-of", "2015-10-01T00:00:00Z", "--no-provenance")));
        JsonNode r = new ObjectMapper().readTree(out);
        assertTrue(r.has("grades"));
        assertFalse(kr(r, "KR-PTS").has("provenance"));
    }

    @Test
    public void shouldMeasureTheEndedQuarterAtItsEndNotToday() throws IOException {
        // run years after 2015 Q3 without --as-of: the quarter's figure, pace and check-in age are those of its end
        // (before issue 11 this read 95.3% on track, 266 of 279 points, "no check-in for 4,151 days")
        assertEquals(err, 0, run(report("--now", "2026-12-04T00:00:00Z", "--no-provenance")));
        JsonNode r = new ObjectMapper().readTree(out);
        assertEquals("2015-10-01T00:00:00Z", r.get("asOf").asText());
        assertEquals("cycle-end", r.get("figuresAt").asText());
        assertEquals("ended", r.get("cycle").get("state").asText());
        JsonNode pts = kr(r, "KR-PTS");
        assertEquals(172.0 / 279, pts.get("progress").asDouble(), EPS);
        assertEquals(172.0, pts.get("pointsDone").asDouble(), EPS);
        assertEquals("off-track", pts.get("status").asText());
        assertEquals(69, pts.get("checkIns").get("daysSinceCheckIn").asInt());
        assertTrue(r.has("grades"));
        assertEquals(err, 0, run(report("--now", "2026-12-04T00:00:00Z", "--format", "markdown")));
        assertTrue(out, out.contains("> The cycle ended on 2015-10-01T00:00:00Z: figures, pace and the age of the last"
                + " check-in are as of its end"));
        assertEquals(err, 0, run(report("--now", "2026-12-04T00:00:00Z", "--as-of", "2026-12-04T00:00:00Z",
                "--no-provenance")));
        JsonNode today = new ObjectMapper().readTree(out);
        assertEquals("as-of", today.get("figuresAt").asText());
        assertEquals(266.0 / 279, kr(today, "KR-PTS").get("progress").asDouble(), EPS);
    }

    @Test
    public void shouldPrintAMarkdownReport() {
        assertEquals(err, 0, run(report("--as-of", "2015-08-01T00:00:00Z", "--sprint", "464", "--format", "markdown")));
        assertTrue(out.startsWith("# OKR report: 2015 Q3"));
        assertTrue("the cycle's last day, not its exclusive end: " + out,
                out.contains("(cycle 2015-07-01 to 2015-09-30, both days included)"));
        assertTrue(out.contains("| KR-PTS "));
        assertTrue(out.contains("orphan initiatives: TIMOB-17966"));
        assertTrue(out.contains("OKR alignment: 9 of 25 completed issues (36.0%)"));
    }

    @Test
    public void shouldGivePartialCreditPerKeyResultFromTheOkrFile() throws IOException {
        // TIMOB-24500 after the dump: 15 of 24 children done, TIMOB-24522 in progress (StatusCreditRealDataTest)
        Path okrs = tmp.newFile("okrs.json").toPath();
        Files.writeString(okrs, "{\"cycle\": {\"name\": \"Q\", \"start\": \"2021-10-01T00:00:00Z\", \"end\": \"2022-01-01T00:00:00Z\"},"
                + "\"objectives\": [{\"key\": \"O\", \"keyResults\": ["
                + "{\"key\": \"HALF\", \"kind\": \"issue-count\", \"initiatives\": [\"TIMOB-24500\"],"
                + " \"statusWeights\": {\"toDo\": 0, \"inProgress\": 0.5, \"done\": 1}},"
                + "{\"key\": \"DONE\", \"kind\": \"issue-count\", \"initiatives\": [\"TIMOB-24500\"]}]}]}");
        assertEquals(err, 0, run("report", "--issues", RealData.ISSUES.toString(), "--okrs", okrs.toString(),
                "--as-of", "2021-12-01T00:00:00Z"));
        JsonNode r = new ObjectMapper().readTree(out);
        JsonNode half = kr(r, "HALF");
        assertEquals(15.5 / 24, half.get("progress").asDouble(), EPS);
        assertEquals(15.5, half.get("credit").asDouble(), EPS);
        assertEquals(0.5, half.get("statusWeights").get("inProgress").asDouble(), 0.0);
        JsonNode started = null;
        for (JsonNode e : half.get("provenance")) {
            if (e.get("key").asText().equals("TIMOB-24522")) {
                started = e;
            }
        }
        assertEquals(0.5, started.get("credit").asDouble(), 0.0);
        assertEquals("updated", started.get("inProgressSource").asText());
        assertEquals("2017-08-18T22:41:24Z", started.get("inProgressAt").asText());
        assertEquals(15.0 / 24, kr(r, "DONE").get("progress").asDouble(), 0.0);
        assertFalse(kr(r, "DONE").has("statusWeights"));
    }

    @Test
    public void shouldReadAMetricFromTheValuesReportedWithCheckIns() throws IOException {
        Path okrs = tmp.newFile("okrs.json").toPath();
        Files.writeString(okrs, "{\"cycle\": {\"name\": \"Q\", \"start\": \"2015-07-01T00:00:00Z\", \"end\": \"2015-10-01T00:00:00Z\"},"
                + "\"objectives\": [{\"key\": \"O\", \"keyResults\": ["
                + "{\"key\": \"APPS\", \"kind\": \"metric\", \"direction\": \"increase\", \"start\": 10, \"target\": 20}]}],"
                + "\"checkIns\": ["
                + "{\"keyResult\": \"APPS\", \"confidence\": 6, \"value\": 12, \"author\": \"lead\", \"time\": \"2015-07-10T00:00:00Z\"},"
                + "{\"keyResult\": \"APPS\", \"confidence\": 7, \"note\": \"no figure\", \"time\": \"2015-07-17T00:00:00Z\"},"
                + "{\"keyResult\": \"APPS\", \"confidence\": 8, \"value\": 15.5, \"author\": \"pm\", \"time\": \"2015-07-24T00:00:00Z\"}]}");
        assertEquals(err, 0, run("report", "--issues", RealData.ISSUES.toString(), "--okrs", okrs.toString(),
                "--as-of", "2015-07-20T00:00:00Z"));
        JsonNode metric = kr(new ObjectMapper().readTree(out), "APPS").get("metric");
        assertEquals(12.0, metric.get("value").asDouble(), 0.0);
        assertEquals("2015-07-10T00:00:00Z", metric.get("setAt").asText());
        assertEquals("lead", metric.get("checkIn").get("author").asText());
        assertEquals(0.2, kr(new ObjectMapper().readTree(out), "APPS").get("progress").asDouble(), EPS);
        JsonNode checkIns = kr(new ObjectMapper().readTree(out), "APPS").get("checkIns");
        assertEquals(7, checkIns.get("latestConfidence").asInt());
        assertEquals(1, checkIns.get("trend").asInt());
        assertEquals(0, run("report", "--issues", RealData.ISSUES.toString(), "--okrs", okrs.toString(),
                "--as-of", "2015-07-12T00:00:00Z"));
        checkIns = kr(new ObjectMapper().readTree(out), "APPS").get("checkIns");
        assertEquals(6, checkIns.get("latestConfidence").asInt());
        assertTrue("one check-in: no trend yet", checkIns.get("trend").isNull());
        assertEquals(0, run("report", "--issues", RealData.ISSUES.toString(), "--okrs", okrs.toString(),
                "--as-of", "2015-07-05T00:00:00Z"));
        checkIns = kr(new ObjectMapper().readTree(out), "APPS").get("checkIns");
        assertTrue("no check-in: no confidence", checkIns.get("latestConfidence").isNull());
        assertTrue(checkIns.get("trend").isNull());

        Files.writeString(okrs, Files.readString(okrs).replace("\"value\": 15.5", "\"value\": 1e999"));
        assertOneLineError(run("report", "--issues", RealData.ISSUES.toString(), "--okrs", okrs.toString()));
        assertTrue(err, err.contains("check-in of APPS") && err.contains("value must be a finite number"));
    }

    @Test
    public void shouldRefuseStatusWeightsOnAMetricOrOutOfOrderInOneLine() throws IOException {
        Path okrs = tmp.newFile("okrs.json").toPath();
        String head = "{\"cycle\": {\"name\": \"Q\", \"start\": \"2024-01-01T00:00:00Z\", \"end\": \"2024-04-01T00:00:00Z\"},"
                + "\"objectives\": [{\"key\": \"O\", \"keyResults\": [";
        Files.writeString(okrs, head + "{\"key\": \"M\", \"kind\": \"metric\", \"start\": 0, \"target\": 1,"
                + " \"statusWeights\": {\"inProgress\": 0.5}}]}]}");
        assertOneLineError(run("report", "--issues", RealData.ISSUES.toString(), "--okrs", okrs.toString()));
        assertTrue(err, err.contains("key result M") && err.contains("statusWeights apply to issue-count"));
        Files.writeString(okrs, head + "{\"key\": \"C\", \"kind\": \"issue-count\", \"initiatives\": [\"TIMOB-1\"],"
                + " \"statusWeights\": {\"toDo\": 0.6, \"inProgress\": 0.5}}]}]}");
        assertOneLineError(run("report", "--issues", RealData.ISSUES.toString(), "--okrs", okrs.toString()));
        assertTrue(err, err.contains("key result C") && err.contains("status weights must grow"));
    }

    private void assertOneLineError(int code) {
        assertNotEquals(0, code);
        assertTrue(err, err.startsWith("error: "));
        assertEquals(err, 1, err.strip().split("\n").length);
        assertFalse(err, err.contains("\tat "));
    }

    @Test
    public void shouldReportAMissingFileInOneLine() {
        assertOneLineError(run("report", "--issues", "nope.jsonl", "--okrs", RealData.PLAN.toString()));
        assertTrue(err, err.contains("issues file not found: nope.jsonl"));
        assertOneLineError(run(report("--sprints", "missing-sprints.json")));
        assertTrue(err, err.contains("sprints file not found"));
    }

    @Test
    public void shouldReportMalformedJsonInOneLine() throws IOException {
        Path okrs = tmp.newFile("okrs.json").toPath();
        Files.writeString(okrs, "{\"cycle\": {\"name\": \"Q\", \"start\": \"2024-01-01T00:00:00Z\",");
        assertOneLineError(run("report", "--issues", RealData.ISSUES.toString(), "--okrs", okrs.toString()));
        assertTrue(err, err.contains("malformed JSON"));
    }

    @Test
    public void shouldReportAnUnknownKindInOneLine() throws IOException {
        Path okrs = tmp.newFile("okrs.json").toPath();
        Files.writeString(okrs, "{\"cycle\": {\"name\": \"Q\", \"start\": \"2024-01-01T00:00:00Z\", \"end\": \"2024-04-01T00:00:00Z\"},"
                + "\"objectives\": [{\"key\": \"O\", \"keyResults\": [{\"key\": \"K\", \"kind\": \"velocity\"}]}]}");
        assertOneLineError(run("report", "--issues", RealData.ISSUES.toString(), "--okrs", okrs.toString()));
        assertTrue(err, err.contains("key result K") && err.contains("unknown kind \"velocity\""));
    }

    @Test
    public void shouldReportAnUnknownSprintInOneLine() {
        assertOneLineError(run(report("--sprint", "999999")));
        assertTrue(err, err.contains("unknown sprint 999999"));
    }

    @Test
    public void shouldRejectBadOptionsWithExitTwo() {
        assertEquals(2, run(report("--as-of", "yesterday")));
        assertTrue(err, err.contains("--as-of"));
        assertEquals(2, run(report("--format", "xml")));
        assertEquals(2, run("report", "--okrs", "x"));
        assertTrue(err, err.contains("--issues"));
        assertEquals(2, run("frobnicate"));
    }

    @Test
    public void shouldAnswerHelpForEveryCommandWithoutRunningIt() {
        for (String command : List.of("report", "bench", "serve")) {
            for (String help : List.of("--help", "-h")) {
                assertEquals(command + " " + help, 0, run(command, help));
                assertTrue(out, out.startsWith("usage: java -jar northstar-okr-cli.jar " + command));
                assertEquals("", err);
            }
        }
        // help wins over other options, even ones that would be refused
        assertEquals(0, run("serve", "--port", "70000", "--help"));
        assertTrue(out, out.contains("--port N") && out.contains("appcelerator-issues.jsonl.gz"));
        assertEquals(0, run("--help"));
        assertTrue(out, out.startsWith(Main.USAGE));
    }

    @Test
    public void shouldRefuseServeOptionsThatDoNotGoTogetherWithAUsageError() {
        assertEquals(2, run("serve", "--okrs", "examples/appcelerator-2015q3.json"));
        assertTrue(err, err.startsWith("error: --okrs and --sprints go with --issues"));
        assertEquals(2, run("serve", "--issues", RealData.ISSUES.toString()));
        assertTrue(err, err.contains("--issues needs --okrs"));
        assertEquals(2, run("serve", "--user", "mallory"));
        assertTrue(err, err.contains("--user must be one of [admin, lead, member, viewer, outsider]"));
        assertEquals(2, run("serve", "--port", "70000"));
        assertTrue(err, err.contains("--port must be 0 to 65535"));
    }

    @Test
    public void shouldPrintTheBenchmarkLineInTheDocumentedFormat() {
        // a small run: checks the output contract and that the naive rescan agrees, not the speed
        assertEquals(err, 0, run("bench", "--issues", RealData.ISSUES.toString(), "--sprints", RealData.SPRINTS.toString(),
                "--copies", "2", "--krs", "12", "--runs", "1", "--naive-runs", "1"));
        String[] lines = out.strip().split("\n");
        String last = lines[lines.length - 1];
        assertTrue(last, Pattern.matches("bench issues=58114 krs=12 evaluate_ms=[0-9.]+ single_pass_ms=[0-9.]+ "
                + "ratio=[0-9.]+ naive_ratio=[0-9.]+ heap_mb=[0-9.]+", last));
        assertTrue(out.contains("agrees with the indexed engine on 12 of 12 KRs"));
    }

    @Test
    public void shouldPrintTheJiraBenchmarkLineInTheDocumentedFormat() {
        // a small run of the app inside the simulated Jira: the output contract and what must hold at any size (no
        // Jira call for a warm view, nothing dropped by edits outside every scope), not the speed
        assertEquals(err, 0, run("jira-bench", "--issues", RealData.ISSUES.toString(), "--sprints",
                RealData.SPRINTS.toString(), "--copies", "1", "--krs", "30", "--seconds", "1", "--warmup", "0"));
        String[] lines = out.strip().split("\n");
        String last = lines[lines.length - 1];
        assertTrue(last, Pattern.matches("jira-bench issues=[0-9]+ krs=30 in_scope=[0-9]+ cold_searches=[0-9]+ "
                + "cold_history_calls=[0-9]+ warm_jira_calls=0 unrelated_edit_invalidations=0 hit_rate=[0-9.]+ "
                + "render_p95_ms=[0-9.]+ cache_mb=-?[0-9.]+", last));
        java.util.regex.Matcher m = Pattern.compile("cold_searches=([0-9]+) cold_history_calls=([0-9]+)").matcher(last);
        assertTrue(m.find());
        assertTrue(last, Integer.parseInt(m.group(1)) <= 12);
        int inScope = Integer.parseInt(last.replaceAll(".* in_scope=([0-9]+) .*", "$1"));
        // history in batches of 500: the plan's own issues in one, then the scopes' issues (a batch may be partial)
        assertTrue(last, Integer.parseInt(m.group(2)) <= (inScope + 499) / 500 + 1);
    }
}
