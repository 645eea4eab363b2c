package dev.northstar.okr.local.playground;

import dev.northstar.okr.local.simjira.JiraData;
import dev.northstar.okr.domain.InitiativeScope;
import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.keyresult.KeyResultSettings;
import dev.northstar.okr.testdata.RealData;
import org.junit.BeforeClass;
import org.junit.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** How an export and an OKR file become the simulated Jira and the app's stored data. */
public class DatasetTest {
    private static final Path DEMO = Path.of("examples", "demo");
    private static Dataset demo;

    @BeforeClass
    public static void load() {
        demo = Dataset.load(DEMO.resolve(DemoQuarter.ISSUES), DEMO.resolve(DemoQuarter.SPRINTS),
                DEMO.resolve(DemoQuarter.OKRS));
    }

    @Test
    public void shouldKeepJiraKeysOfTheOkrFileAndPutThemInTheirProject() {
        JiraData.Issue kr = demo.jira().issue("OKR-11").orElseThrow();
        assertEquals("OKR", kr.projectKey());
        assertEquals(JiraData.Role.KEY_RESULT, kr.role());
        assertEquals("Ship the one-page checkout", kr.summary());
        assertEquals("OKR-10", demo.jira().objectiveOf("OKR-11").orElseThrow());
        assertEquals("OKR-1", demo.jira().parentOf("OKR-10").orElseThrow());
        assertEquals(List.of("OKR-1", "OKR-10", "OKR-20"), demo.jira().objectives());
    }

    @Test
    public void shouldGiveOtherKeysOkrNumbersInFileOrder() {
        Dataset real = Dataset.load(RealData.ISSUES, RealData.SPRINTS, RealData.PLAN);
        assertEquals("Ship the Titanium 5 platform work", real.jira().issue("OKR-1").orElseThrow().summary());
        assertEquals("Story points of TIMOB-19145 done", real.jira().issue("OKR-2").orElseThrow().summary());
        assertEquals("Tooling", real.jira().issue("OKR-6").orElseThrow().summary());
        assertEquals("OKR-1", real.jira().parentOf("OKR-6").orElseThrow());
        // the file's milestone issue drives the milestone, as the app measures milestones
        assertEquals(List.of("TIMOB-19073"), real.jira().initiativesOf("OKR-5"));
        // an initiative the export lacks is rated, so the app lists it as an orphan; Jira cannot link it
        assertEquals(List.of(), real.jira().initiativesOf("OKR-4"));
        assertTrue(real.seed().ratings().get("OKR-4").stream().anyMatch(i -> i.issueKey().equals("TIMOB-17966")));
        // KR-BAD's numbers are stored as given, for the app to refuse them itself
        JiraData.MetricValues bad = real.jira().metric("OKR-10").orElseThrow();
        assertEquals(5.0, bad.start(), 0);
        assertEquals(5.0, bad.target(), 0);
        assertEquals(2, real.seed().checkIns().stream().filter(c -> c.keyResultKey().equals("OKR-2")).count());
    }

    @Test
    public void shouldReadSummariesSecurityLevelsAndStatusesFromTheExport() {
        assertEquals("<script>alert(1)</script>", demo.jira().issue("SHOP-40").orElseThrow().summary());
        assertEquals("Security team", demo.jira().issue("SHOP-33").orElseThrow().securityLevel());
        assertNull(demo.jira().issue("SHOP-32").orElseThrow().securityLevel());
        assertEquals("In Review", demo.jira().issue("SHOP-13").orElseThrow().statusName());
        assertEquals("Web Shop", demo.jira().projects().get("SHOP"));
        assertEquals("Story Points", demo.jira().customFields().get("customfield_10002"));
    }

    @Test
    public void shouldStoreEachKeyResultsMeasureAndTheMetricsValues() {
        KeyResultSettings band = demo.seed().keyResults().stream().filter(k -> k.issueKey().equals("OKR-22"))
                .findFirst().orElseThrow();
        assertEquals(KeyResultKind.METRIC, band.kind());
        assertEquals(200.0, band.goal().low(), 0);
        assertEquals(400.0, band.goal().high(), 0);
        assertTrue(demo.seed().keyResults().stream().filter(k -> k.issueKey().equals("OKR-2")).findFirst()
                .orElseThrow().focusMetric());
        JiraData.MetricValues conversion = demo.jira().metric("OKR-2").orElseThrow();
        assertEquals(2.6, conversion.current(), 0);
        assertEquals("%", conversion.unit());
        assertEquals(4, conversion.history().values().size());
        assertEquals(InitiativeScope.NICE_TO_HAVE, demo.seed().ratings().get("OKR-21").get(0).scope());
    }
}
