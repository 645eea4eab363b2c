package dev.northstar.okr.ui;

import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The descriptor and the code agree about the screens: each panel renders the template its screen names, each web
 * resource the Jira side requires exists, scripts get the jsI18n transformer, and pages live where links point.
 */
public class ScreenDescriptorTest {
    private static Element root;

    @BeforeClass
    public static void parse() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        root = factory.newDocumentBuilder().parse(Path.of("atlassian-plugin.xml").toFile()).getDocumentElement();
    }

    private static Map<String, Element> modules(String tag) {
        Map<String, Element> found = new HashMap<>();
        NodeList nodes = root.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            found.put(e.getAttribute("key"), e);
        }
        return found;
    }

    private static Element child(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : (Element) nodes.item(0);
    }

    @Test
    public void shouldRenderEachPanelWithTheTemplateItsScreenNames() {
        Map<String, String> expected = Map.of(
                "dev.northstar.okr.jira.KeyResultPanelContext", OkrScreens.KEY_RESULT_PANEL,
                "dev.northstar.okr.jira.ObjectivePanelContext", OkrScreens.OBJECTIVE_PANEL,
                "dev.northstar.okr.jira.InitiativePanelContext", OkrScreens.INITIATIVE_PANEL);
        Map<String, Element> panels = modules("web-panel");
        Set<String> seen = new HashSet<>();
        for (Element panel : panels.values()) {
            String provider = child(panel, "context-provider").getAttribute("class");
            if (expected.containsKey(provider)) {
                seen.add(provider);
                assertEquals(panel.getAttribute("key"), expected.get(provider),
                        child(panel, "resource").getAttribute("location"));
                assertTrue("a panel needs its condition", child(panel, "condition") != null);
                assertTrue(panel.getAttribute("location").startsWith("atl.jira.view.issue."));
            }
        }
        assertEquals(expected.keySet(), seen);
    }

    @Test
    public void shouldDeclareEveryWebResourceTheJiraSideRequires() throws IOException {
        Pattern key = Pattern.compile("\"(okr-[a-z-]+-resources)\"");
        Set<String> required = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/dev/northstar/okr/jira"))) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Matcher m = key.matcher(Files.readString(file));
                while (m.find()) {
                    required.add(m.group(1));
                }
            }
        }
        assertEquals(8, required.size());
        assertTrue("undeclared: " + required, modules("web-resource").keySet().containsAll(required));
    }

    @Test
    public void shouldTranslateEveryScriptWithJsI18n() {
        for (Element resource : modules("web-resource").values()) {
            boolean scripts = false;
            NodeList files = resource.getElementsByTagName("resource");
            for (int i = 0; i < files.getLength(); i++) {
                scripts |= ((Element) files.item(i)).getAttribute("location").endsWith(".js");
            }
            if (scripts) {
                Element transformer = child(resource, "transformer");
                assertTrue(resource.getAttribute("key") + " has scripts but no jsI18n transformer",
                        transformer != null && "jsI18n".equals(transformer.getAttribute("key")));
            }
        }
    }

    @Test
    public void shouldServeThePagesWhereTheScreensLinkTo() {
        Set<String> patterns = new HashSet<>();
        for (Element servlet : modules("servlet").values()) {
            patterns.add("/plugins/servlet" + child(servlet, "url-pattern").getTextContent().trim());
        }
        assertTrue(patterns.contains(SprintReviews.PAGE));
        assertTrue(patterns.contains(Overviews.PAGE));
        assertTrue(patterns.contains("/plugins/servlet/northstar-okr/admin"));
        assertTrue(patterns.contains(CyclePages.PAGE));
        assertTrue(patterns.contains(GradingPages.PAGE));
        for (Element item : modules("web-item").values()) {
            String link = child(item, "link").getTextContent().trim();
            assertTrue(link, patterns.stream().anyMatch(link::startsWith));
        }
    }

    @Test
    public void shouldPutTheBoardToolsLinkInAWebSectionOfTheBoardsToolsMenuWithTheBoardId() {
        Element section = modules("web-section").get("okr-board-tools");
        assertEquals("jira.agile.board.tools", section.getAttribute("location"));
        Element item = modules("web-item").get("okr-board-review");
        assertEquals("jira.agile.board.tools/okr-board-tools", item.getAttribute("section"));
        assertEquals("/plugins/servlet/northstar-okr/sprint-review?boardId=$board.id",
                child(item, "link").getTextContent().trim());
        for (Element any : modules("web-item").values()) {
            // a section location shows sections only: an item placed directly in it never shows
            assertTrue(any.getAttribute("key"), !"jira.agile.board.tools".equals(any.getAttribute("section")));
        }
    }

    @Test
    public void shouldSelectTheProjectSidebarItemThatLinksToEachProjectPage() throws IOException {
        String templates = "src/main/resources/";
        Map<String, String> pages = Map.of("okr-sidebar-overview", OkrScreens.OVERVIEW_PAGE,
                "okr-sidebar-review", OkrScreens.SPRINT_REVIEW_PAGE, "okr-sidebar-cycles", OkrScreens.CYCLES_PAGE);
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Element item = modules("web-item").get(page.getKey());
            assertEquals("jira.project.sidebar.plugins.navigation", item.getAttribute("section"));
            assertTrue(child(item, "link").getTextContent().trim().endsWith("?project=$pathEncodedProjectKey"));
            String template = Files.readString(Path.of(templates + page.getValue()));
            assertTrue(page.getValue(), template.contains(
                    "<meta name=\"admin.active.tab\" content=\"" + page.getKey() + "\"/>"));
            assertTrue(page.getValue(), template.contains(
                    "<meta name=\"admin.active.section\" content=\"jira.project.sidebar.plugins.navigation\"/>"));
        }
    }

    @Test
    public void shouldDecorateThePagesAsJiraPages() throws IOException {
        String templates = "src/main/resources/";
        assertTrue(Files.readString(Path.of(templates + OkrScreens.SPRINT_REVIEW_PAGE))
                .contains("<meta name=\"decorator\" content=\"atl.general\"/>"));
        assertTrue(Files.readString(Path.of(templates + OkrScreens.OVERVIEW_PAGE))
                .contains("<meta name=\"decorator\" content=\"atl.general\"/>"));
        assertTrue(Files.readString(Path.of(templates + OkrScreens.CYCLES_PAGE))
                .contains("<meta name=\"decorator\" content=\"atl.general\"/>"));
        assertTrue(Files.readString(Path.of(templates + OkrScreens.GRADING_PAGE))
                .contains("<meta name=\"decorator\" content=\"atl.general\"/>"));
        String admin = Files.readString(Path.of(templates + OkrScreens.ADMIN_PAGE));
        assertTrue(admin.contains("<meta name=\"decorator\" content=\"atl.admin\"/>"));
        assertTrue(admin.contains("content=\"admin_plugins_menu/okr-admin-section\""));
        assertTrue(modules("web-section").containsKey("okr-admin-section"));
        assertTrue(modules("web-item").containsKey("okr-admin-link"));
    }
}
