package dev.northstar.okr.local.playground;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import dev.northstar.okr.host.Access;
import dev.northstar.okr.host.OkrCache;
import dev.northstar.okr.jira.JiraAccess;
import dev.northstar.okr.jira.JiraIssueFacts;
import dev.northstar.okr.jira.JiraOkrStructure;
import dev.northstar.okr.local.simjira.JiraCalls;
import dev.northstar.okr.reading.IssueFacts;
import dev.northstar.okr.reading.OkrStructure;
import org.junit.ClassRule;
import org.junit.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

/**
 * The playground runs the app as Jira does: every component of northstar-components.xml built from its own class by
 * Spring (the {@code jira} adapters included, over the simulated Jira's services), screens and REST calls reaching
 * Jira's services through them, and issue events reaching the app's listener.
 */
public class PlaygroundComponentsTest {
    @ClassRule
    public static final RunningPlayground PLAYGROUND = new RunningPlayground();

    @Test
    public void shouldBuildEveryComponentOfTheSpringWiringFromItsOwnClass() throws Exception {
        PlaygroundComponents app = PLAYGROUND.playground().components();
        List<String> beans = beanClasses();
        assertTrue("too few components: " + beans, beans.size() > 20);
        for (String name : beans) {
            Class<?> type = Class.forName(name);
            Object built = app.bean(type);
            assertNotNull(name, built);
            assertTrue(name + " built as " + built.getClass(), type.isInstance(built));
        }
        assertEquals(JiraAccess.class, app.bean(Access.class).getClass());
        assertEquals(JiraIssueFacts.class, app.bean(IssueFacts.class).getClass());
        assertEquals(JiraOkrStructure.class, app.bean(OkrStructure.class).getClass());
    }

    @Test
    public void shouldLetSetupCreateTheAppsIssueTypesInTheSimulatedJira() {
        IssueTypeManager types = PLAYGROUND.playground().jira().service(IssueTypeManager.class).orElseThrow();
        List<String> names = types.getIssueTypes().stream().map(IssueType::getName).toList();
        assertTrue(names.toString(), names.contains("Objective") && names.contains("Key Result"));
        IssueManager issues = PLAYGROUND.playground().jira().service(IssueManager.class).orElseThrow();
        assertEquals("Objective", issues.getIssueObject("OKR-1").getIssueType().getName());
    }

    @Test
    public void shouldKnowEveryStatusWithItsCategoryAlsoThoseNoIssueIsIn() {
        // the demo's issues are in To Do, In Progress, In Review and Done; the change history passes through the
        // statuses Jira keeps whether or not an issue is in them now, and the app reads their categories from here
        StatusManager statuses = PLAYGROUND.playground().jira().service(StatusManager.class).orElseThrow();
        Map<String, String> categories = new java.util.HashMap<>();
        statuses.getStatuses().forEach(s -> categories.put(s.getId(), s.getStatusCategory().getKey()));
        assertTrue(categories.toString(), categories.values().containsAll(List.of("new", "indeterminate", "done")));
        PLAYGROUND.playground().components().cache().clear();
        PLAYGROUND.playground().jira().calls().reset();
        assertEquals(200, PLAYGROUND.get("/browse/OKR-11", "admin").statusCode());
        assertTrue(PLAYGROUND.playground().jira().calls().count("StatusManager.getStatuses") > 0);
    }

    @Test
    public void shouldReachTheSimulatedJirasServicesFromAScreenAndTheRestApi() {
        JiraCalls calls = PLAYGROUND.playground().jira().calls();
        PLAYGROUND.playground().components().cache().clear();
        calls.reset();

        HttpResponse<String> page = PLAYGROUND.get("/browse/OKR-11", "admin");
        assertEquals(page.body(), 200, page.statusCode());

        Map<String, Long> made = calls.all();
        assertTrue(made.toString(), calls.count("SearchService.searchOverrideSecurity") > 0);
        assertTrue(made.toString(), calls.count("IssueLinkManager.getInwardLinks") > 0);
        assertTrue(made.toString(), calls.count("PermissionManager.hasPermission") > 0);
        assertTrue(made.toString(), calls.count("JiraAuthenticationContext.getLoggedInUser") > 0);
        // the panels' context providers (the jira package's) required their web resources from Jira's page builder
        assertTrue(made.toString(), calls.count("PageBuilderService.assembler") > 0);
        assertTrue(page.body(), page.body().contains("okr-keyresult-panel-resources"));

        calls.reset();
        HttpResponse<String> rest = PLAYGROUND.get(Playground.REST + "/keyresults/OKR-11", "admin");
        assertEquals(rest.body(), 200, rest.statusCode());
        assertTrue(calls.all().toString(), calls.count("SearchService.search") > 0
                || calls.count("PermissionManager.hasPermission") > 0);
    }

    @Test
    public void shouldDeliverJirasIssueEventsToTheAppsListener() {
        OkrCache cache = PLAYGROUND.playground().components().cache();
        Object value = cache.get("test-entry", Object.class, Object::new);
        assertSame(value, cache.get("test-entry", Object.class, Object::new));
        Object issueEntry = cache.get("okr:issue:SHOP-32", Object.class, Object::new);

        IssueManager issues = PLAYGROUND.playground().jira().service(IssueManager.class).orElseThrow();
        PLAYGROUND.playground().jira().publish(new IssueEvent(issues.getIssueObject("SHOP-32"), Map.of(), null, 2L));

        assertTrue("the listener dropped the issue's own entry",
                issueEntry != cache.get("okr:issue:SHOP-32", Object.class, Object::new));
        assertSame("and nothing else: an issue event never clears the cache", value,
                cache.get("test-entry", Object.class, Object::new));
    }

    private static List<String> beanClasses() throws Exception {
        List<String> classes = new ArrayList<>();
        try (InputStream xml = PlaygroundComponentsTest.class.getClassLoader()
                .getResourceAsStream("META-INF/spring/northstar-components.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            NodeList beans = factory.newDocumentBuilder().parse(xml).getElementsByTagNameNS("*", "bean");
            for (int i = 0; i < beans.getLength(); i++) {
                classes.add(((Element) beans.item(i)).getAttribute("class"));
            }
        }
        return classes;
    }
}
