package dev.northstar.okr.local.playground;

import dev.northstar.okr.local.simjira.DemoUser;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.host.Templates;
import dev.northstar.okr.local.velocity.JiraStyleEscaping;
import dev.northstar.okr.ui.Screen;
import dev.northstar.okr.ui.Screens;
import org.junit.ClassRule;
import org.junit.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * How the playground's pages show the app's screens, with stand-ins for the screens and templates (the real ones are
 * in {@link PlaygroundScreensTest}): which screen each address asks for, with the visitor as the caller, where a
 * panel goes on the issue page, which web resources a page loads, and what a failing screen gives.
 */
public class PlaygroundPagesTest {
    /** Screens that say what they were asked; a panel only on key results, the admin page only for admins. */
    static final class StandInScreens implements Screens {
        private final PlaygroundComponents app;

        StandInScreens(PlaygroundComponents app) {
            this.app = app;
        }

        @Override
        public Optional<Screen> keyResultPanel(Caller caller, String issueKey) {
            return issueKey.startsWith("OKR-") && !issueKey.equals("OKR-1") && !issueKey.equals("OKR-10")
                    && !issueKey.equals("OKR-20")
                    ? Optional.of(new Screen("stand-in/kr-panel.vm", Map.of("key", issueKey, "who", caller.displayName(),
                    "lang", caller.locale().getLanguage()))) : Optional.empty();
        }

        @Override
        public Optional<Screen> objectivePanel(Caller caller, String issueKey) {
            return Optional.empty();
        }

        @Override
        public Optional<Screen> initiativePanel(Caller caller, String issueKey) {
            return Optional.empty();
        }

        @Override
        public Screen sprintReviewPage(Caller caller, String projectKey, Long boardId, Long sprintId) {
            return new Screen("stand-in/sprint.vm", Map.of("project", String.valueOf(projectKey),
                    "sprint", String.valueOf(sprintId)));
        }

        @Override
        public Screen overviewPage(Caller caller, Long cycleId, String projectKey, String owner) {
            if ("boom".equals(owner)) {
                throw new IllegalStateException("a screen that fails");
            }
            return new Screen("stand-in/overview.vm", Map.of("cycle", String.valueOf(cycleId),
                    "owner", String.valueOf(owner)));
        }

        @Override
        public Optional<Screen> adminPage(Caller caller) {
            return app.access().isAdministrator(caller) ? Optional.of(new Screen("stand-in/admin.vm", Map.of()))
                    : Optional.empty();
        }

        @Override
        public Screen cyclesPage(Caller caller, String projectKey) {
            return new Screen("stand-in/cycles.vm", Map.of("project", String.valueOf(projectKey),
                    "who", caller.displayName()));
        }

        @Override
        public Screen gradingPage(Caller caller, Long cycleId) {
            return new Screen("stand-in/grading.vm", Map.of("cycle", String.valueOf(cycleId)));
        }
    }

    /** Renders a template's name and its context, escaped, as the Velocity templates must. */
    static final class StandInTemplates implements Templates {
        @Override
        public String render(String template, Map<String, Object> context) {
            return "<div class=\"stand-in\" data-template=\"" + JiraStyleEscaping.escape(template) + "\">"
                    + JiraStyleEscaping.escape(new TreeMap<>(context).toString()) + "</div>";
        }
    }

    @ClassRule
    public static final RunningPlayground PLAYGROUND = new RunningPlayground(
            o -> o.withScreens(StandInScreens::new, new StandInTemplates()));

    @Test
    public void shouldShowTheKeyResultPanelOnItsIssuePageForTheVisitorUnderItsLabel() {
        String page = PLAYGROUND.get("/browse/OKR-11", "member", "ko").body();
        assertTrue(page, page.contains("data-panel=\"okr-keyresult-panel\"><h2>\ud575\uc2ec \uacb0\uacfc \uc9c4\ud589\ub960</h2>"
                + "<div class=\"mod-content\"><div class=\"stand-in\" data-template="
                + "\"stand-in/kr-panel.vm\">{key=OKR-11, lang=ko, who=Mo Member}</div></div>"));
        assertTrue(page.contains("id=\"playground-banner\""));
        assertFalse(PLAYGROUND.get("/browse/OKR-10", "member").body().contains("okr-web-panel"));
    }

    @Test
    public void shouldLoadTheWebResourcesOfTheScreensOnThePageOnly() {
        String panel = PLAYGROUND.get("/browse/OKR-11", "member").body();
        assertTrue(panel.contains("/download/resources/dev.northstar.okr:okr-common-resources/okr-common.js"));
        assertTrue(panel.contains("dev.northstar.okr:okr-keyresult-panel-resources/okr-keyresult-panel.js"));
        assertFalse(panel.contains("okr-admin.js"));
        String plain = PLAYGROUND.get("/browse/OKR-10", "member").body();
        assertFalse("no panel, no panel scripts", plain.contains("okr-common.js"));
        String admin = PLAYGROUND.get("/plugins/servlet/northstar-okr/admin", "admin").body();
        assertTrue(admin.contains("okr-admin.js"));
        assertFalse(admin.contains("okr-keyresult-panel.js"));
    }

    @Test
    public void shouldNameEveryPanelAndPageResourceTheDescriptorDeclares() {
        WebFiles files = new WebFiles(PluginDescriptor.load());
        java.util.List<String> panels = PluginDescriptor.load().webPanels().stream()
                .map(PluginDescriptor.WebPanel::key).sorted().toList();
        assertEquals(panels, new java.util.TreeSet<>(Pages.PANEL_RESOURCES.keySet()).stream().toList());
        for (String resource : new java.util.ArrayList<String>() {{
            addAll(Pages.PANEL_RESOURCES.values());
            addAll(Pages.PAGE_RESOURCES.values());
        }}) {
            assertTrue(resource, files.declares(resource));
        }
    }

    @Test
    public void shouldPassThePagesParametersToTheScreens() {
        assertTrue(PLAYGROUND.get("/plugins/servlet/northstar-okr/overview?cycleId=1&owner=Search+team", "viewer").body()
                .contains("{cycle=1, owner=Search team}"));
        assertTrue(PLAYGROUND.get("/plugins/servlet/northstar-okr/sprint-review?project=OKR&sprintId=42", "viewer").body()
                .contains("{project=OKR, sprint=42}"));
        String cycles = PLAYGROUND.get("/plugins/servlet/northstar-okr/cycles?project=OKR", "lead").body();
        assertTrue(cycles, cycles.contains("{project=OKR, who=Lee Lead}"));
        assertTrue(cycles, cycles.contains("dev.northstar.okr:okr-cycles-resources/okr-cycles.js"));
        String grading = PLAYGROUND.get("/plugins/servlet/northstar-okr/grading?cycleId=7", "viewer").body();
        assertTrue(grading, grading.contains("{cycle=7}"));
        // the grading page's script comes with the cycle actions it depends on (the close button)
        assertTrue(grading, grading.contains("okr-grading-resources/okr-grading.js")
                && grading.contains("okr-cycles-resources/okr-cycles.js"));
    }

    @Test
    public void shouldDecorateAFullPageAsJirasDecoratorDoes() {
        JiraDecorator.Decorated page = JiraDecorator.decorate("<html>\n<head>\n<title>OKR &amp; more</title>\n"
                + "<meta name=\"decorator\" content=\"atl.general\"/></head>\n<body class=\"x\">\n<section>hi</section>\n"
                + "</body>\n</html>");
        assertEquals("OKR & more", page.title());
        assertEquals("\n<section>hi</section>\n", page.body());
        assertTrue(page.page());
        assertEquals("atl.general", page.decorator());
        JiraDecorator.Decorated fragment = JiraDecorator.decorate("<div>panel</div>");
        assertEquals(null, fragment.title());
        assertEquals("<div>panel</div>", fragment.body());
        assertFalse(fragment.page());
    }

    @Test
    public void shouldAnswerAFailingScreenWithAnIncidentPageNotAStackTrace() {
        var answer = PLAYGROUND.get("/plugins/servlet/northstar-okr/overview?owner=boom", "viewer");
        assertEquals(500, answer.statusCode());
        assertTrue(answer.body(), answer.body().contains("Ask your Jira administrator to look for incident"));
        assertTrue(answer.body().contains("id=\"playground-banner\""));
        assertFalse(answer.body(), answer.body().contains("IllegalStateException"));
        assertFalse(answer.body(), answer.body().contains("a screen that fails"));
    }

    @Test
    public void shouldShowTheAdminPageToAdministratorsOnly() {
        assertEquals(200, PLAYGROUND.get("/plugins/servlet/northstar-okr/admin", "admin").statusCode());
        assertEquals(403, PLAYGROUND.get("/plugins/servlet/northstar-okr/admin", "viewer").statusCode());
        assertEquals(401, PLAYGROUND.get("/plugins/servlet/northstar-okr/admin", DemoUser.ANONYMOUS).statusCode());
        assertTrue(PLAYGROUND.get("/plugins/servlet/northstar-okr/overview", DemoUser.ANONYMOUS).body().contains("Log in to see this page"));
    }

    @Test
    public void shouldLetThePlaygroundTemplatesCallOnlyTheirViewModelsAndWords() {
        Set<String> allowed = PageTemplates.allowlist();
        String views = PageViews.class.getName() + "$";
        assertTrue(allowed.toString(), allowed.contains(views + "Issue#summary()"));
        assertTrue(allowed.toString(), allowed.contains(views + "Words#get(java.lang.String)"));
        for (String method : allowed) {
            assertTrue(method, method.startsWith(views));
        }
        assertFalse("formatting with arguments is the view models' work",
                allowed.stream().anyMatch(m -> m.contains("#format(")));
    }

    @Test
    public void shouldPrintOnlyHtmlThePlaygroundMadeUnescaped() throws IOException {
        // Jira's rule, as VelocityTemplates applies it: a reference ending in "Html" is printed as it is
        Set<String> raw = new TreeSet<>();
        Pattern html = Pattern.compile("\\$!?\\{?([A-Za-z][\\w.]*Html)\\b");
        try (Stream<Path> templates = Files.list(Path.of("src/local/resources/templates/playground"))) {
            for (Path template : templates.sorted().toList()) {
                Matcher m = html.matcher(Files.readString(template));
                while (m.find()) {
                    raw.add(template.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertEquals(Set.of("admin-frame.vm: view.bodyHtml", "issue.vm: panel.bodyHtml",
                "layout.vm: view.contentHtml", "layout.vm: view.textsJsonHtml"), raw);
    }

    @Test
    public void shouldEscapeAPlaygroundTemplatesValuesExactlyOnce() {
        PageTemplates templates = new PageTemplates(new WebFiles(PluginDescriptor.load()), "<b>set</b>");
        String message = templates.render("message.vm", new PageViews.Words(Locale.ENGLISH),
                new PageViews.Message("aui-message", "<script>alert('1') & \"2\"</script>"));
        assertEquals("<div class=\"aui-message\">&lt;script&gt;alert(&#39;1&#39;) &amp; &quot;2&quot;&lt;/script&gt;"
                + "</div>", message.strip());
        String page = templates.page(new PageViews.Words(Locale.ENGLISH), new Visit(null, Locale.ENGLISH),
                "<i>title</i>", "<p id=\"made\">made</p>", false, java.util.List.of());
        assertTrue(page, page.contains("<title>&lt;i&gt;title&lt;/i&gt; - Northstar OKR playground</title>"));
        assertTrue(page, page.contains("(data set &quot;&lt;b&gt;set&lt;/b&gt;&quot;)"));
        assertTrue(page, page.contains("<main class=\"aui-page-panel-content\"><p id=\"made\">made</p></main>"));
        assertFalse(page, page.contains("&amp;lt;"));
    }
}
