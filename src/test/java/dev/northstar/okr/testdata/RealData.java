package dev.northstar.okr.testdata;

import static org.junit.Assert.fail;

import dev.northstar.okr.domain.OkrPlan;
import dev.northstar.okr.domain.Sprint;
import dev.northstar.okr.local.export.FieldConfig;
import dev.northstar.okr.local.export.IssueExport;
import dev.northstar.okr.local.export.JiraIssueReader;
import dev.northstar.okr.local.export.OkrDefinitionReader;
import dev.northstar.okr.local.export.SprintListReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * The real Appcelerator export, read in place from ../shared/data/jira (surefire runs in the project root).
 * A missing file fails the test with a clear message; it never skips.
 */
public final class RealData {
    public static final Path DIR = Path.of("..", "shared", "data", "jira");
    public static final Path ISSUES = DIR.resolve("appcelerator-issues.jsonl.gz");
    public static final Path SPRINTS = DIR.resolve("appcelerator-sprints.json");
    public static final Path PLAN = Path.of("examples", "appcelerator-2015q3.json");
    /** Middle of TIMOB-19145's life (created 2015-07-02, children resolved from 2015-06 to 2017-11). */
    public static final Instant MID = Instant.parse("2015-08-01T00:00:00Z");
    /** After the dump (November 2021): everything recorded counts. */
    public static final Instant AFTER_DUMP = Instant.parse("2021-12-01T00:00:00Z");

    private RealData() {
    }

    /** Read once per test JVM: an immutable export. */
    private static final class Holder {
        static final IssueExport EXPORT = new JiraIssueReader(FieldConfig.defaults()).read(require(ISSUES));
        static final Map<Integer, Sprint> SPRINT_LIST = new SprintListReader().read(require(SPRINTS));
    }

    public static Path require(Path p) {
        if (!Files.isRegularFile(p)) {
            fail("real Jira data missing: expected " + p.toAbsolutePath().normalize()
                    + " (tests read ../shared/data/jira in place; run them from the project root)");
        }
        return p;
    }

    public static IssueExport export() {
        require(ISSUES); // fail with the clear message before the holder's initializer would
        return Holder.EXPORT;
    }

    public static Map<Integer, Sprint> sprints() {
        require(ISSUES);
        require(SPRINTS);
        return Holder.SPRINT_LIST;
    }

    public static OkrPlan plan() {
        return new OkrDefinitionReader().read(require(PLAN));
    }
}
