package dev.northstar.okr.ui;

import org.junit.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The descriptor's {@code <velocity-allowlist>} names exactly the methods the templates call, sorted: Jira 10+
 * refuses any other call from a template, and an entry no template needs only widens what a template could reach.
 * The calls are found by reading each template with its view model's types ({@link TemplateCalls}).
 */
public class VelocityAllowlistTest {
    private static final Path TEMPLATES = Path.of("src/main/resources/templates/okr");

    /** Each template and the view model it is rendered with (context key "view"), besides "text". */
    static final Map<String, Class<?>> VIEWS = new TreeMap<>(Map.of(
            OkrScreens.KEY_RESULT_PANEL, KeyResultPanel.class,
            OkrScreens.OBJECTIVE_PANEL, ObjectivePanel.class,
            OkrScreens.INITIATIVE_PANEL, InitiativePanel.class,
            OkrScreens.SPRINT_REVIEW_PAGE, SprintReviewPage.class,
            OkrScreens.OVERVIEW_PAGE, OverviewPage.class,
            OkrScreens.ADMIN_PAGE, AdminPage.class,
            OkrScreens.CYCLES_PAGE, CyclesPage.class,
            OkrScreens.GRADING_PAGE, GradingPage.class));

    static TemplateCalls readAll() throws IOException {
        TemplateCalls calls = new TemplateCalls();
        for (Map.Entry<String, Class<?>> e : VIEWS.entrySet()) {
            String template = Files.readString(Path.of("src/main/resources").resolve(e.getKey()));
            calls.read(e.getKey(), template, Map.<String, Type>of("view", e.getValue(), "text", TextView.class));
        }
        return calls;
    }

    static List<String> allowlist() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList lists = factory.newDocumentBuilder().parse(Path.of("atlassian-plugin.xml").toFile())
                .getElementsByTagName("velocity-allowlist");
        List<String> methods = new ArrayList<>();
        for (int i = 0; i < lists.getLength(); i++) {
            NodeList entries = ((Element) lists.item(i)).getElementsByTagName("method");
            for (int j = 0; j < entries.getLength(); j++) {
                methods.add(entries.item(j).getTextContent().trim());
            }
        }
        return methods;
    }

    @Test
    public void shouldKnowTheViewModelOfEveryTemplate() throws IOException {
        List<String> files;
        try (Stream<Path> all = Files.list(TEMPLATES)) {
            files = all.map(p -> "templates/okr/" + p.getFileName()).filter(n -> n.endsWith(".vm")).sorted().toList();
        }
        assertEquals("every template must be checked against its view model", new ArrayList<>(VIEWS.keySet()), files);
    }

    @Test
    public void shouldCallOnlyViewModelGettersAndNothingJiraWouldPrintUnescaped() throws IOException {
        TemplateCalls calls = readAll();
        assertTrue(String.join("\n", calls.problems), calls.problems.isEmpty());
        assertTrue("the templates call nothing? " + calls.calls, calls.calls.size() > 50);
    }

    @Test
    public void shouldAllowExactlyWhatTheTemplatesCall() throws Exception {
        TreeSet<String> needed = readAll().calls;
        List<String> listed = allowlist();
        TreeSet<String> missing = new TreeSet<>(needed);
        missing.removeAll(listed);
        TreeSet<String> unused = new TreeSet<>(listed);
        unused.removeAll(needed);
        String block = needed.stream().map(m -> "        <method>" + m + "</method>")
                .collect(Collectors.joining("\n"));
        assertTrue("the allowlist misses " + missing + "; the whole list is:\n" + block, missing.isEmpty());
        assertTrue("the allowlist names methods no template calls: " + unused, unused.isEmpty());
        assertEquals("the allowlist is sorted, without repeats", new ArrayList<>(new TreeSet<>(listed)), listed);
    }

    @Test
    public void shouldCatchWhatJiraWouldRefuseOrPrintUnescaped() {
        // The guard itself: a checker that reports nothing would let every template pass.
        TemplateCalls calls = new TemplateCalls();
        calls.read("bad.vm", String.join("\n",
                "#foreach ($row in $view.initiatives.rows)$row.summary.length()#end",
                "$view.keyResult.titleHtml",
                "$issue.key",
                "#foreach ($x in $view.cycleName)#end"),
                Map.<String, Type>of("view", KeyResultPanel.class, "text", TextView.class));
        assertEquals(String.join("\n", calls.problems), 4, calls.problems.size());
        assertTrue(calls.calls.contains("dev.northstar.okr.ui.InitiativeRow#getSummary()"));
    }
}
