package dev.northstar.okr.local.velocity;

import org.junit.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/** Plain Velocity behaves as Jira's renderer does for the app: escaping once, Jira's Html rule, the allowlist. */
public class VelocityTemplatesTest {
    private static final String HOSTILE = "<script>alert('x') & \"y\"</script>";
    private static final Set<String> ALLOWED = Set.of(
            "dev.northstar.okr.local.velocity.VelocityTemplatesTest$Sample#getText()",
            "dev.northstar.okr.local.velocity.VelocityTemplatesTest$Sample#getBodyHtml()",
            "dev.northstar.okr.local.velocity.VelocityTemplatesTest$Sample#getMissing()");

    /** A view model for the test templates. */
    public static final class Sample {
        public String getText() {
            return HOSTILE;
        }

        /** Jira prints references ending in "Html" as they are: the author escaped them. */
        public String getBodyHtml() {
            return "<b>bold</b>";
        }

        public String getMissing() {
            return null;
        }

        public String secret() {
            return "not for templates";
        }
    }

    private final VelocityTemplates templates = new VelocityTemplates(ALLOWED, true);

    private String render(String template) {
        return templates.render("templates/test/" + template, Map.of("sample", new Sample()));
    }

    @Test
    public void shouldEscapeEveryPrintedValueExactlyOnceInTextAndAttributes() {
        String html = render("escaping.vm");
        String escaped = "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;";
        assertTrue(html, html.contains("<p title=\"" + escaped + "\">" + escaped + "</p>"));
        assertFalse(html, html.contains("&amp;lt;"));
    }

    @Test
    public void shouldPrintReferencesEndingInHtmlUnescapedAsJiraDoes() {
        assertTrue(render("escaping.vm").contains("<div><b>bold</b></div>"));
        assertTrue(JiraStyleEscaping.htmlSafe("$view.summaryHtml"));
        assertTrue(JiraStyleEscaping.htmlSafe("$!{view.getSummaryHtml()}"));
        assertTrue(JiraStyleEscaping.htmlSafe("$bodyHtml"));
        assertFalse(JiraStyleEscaping.htmlSafe("$view.html.summary"));
        assertFalse(JiraStyleEscaping.htmlSafe("$view.summary"));
    }

    @Test
    public void shouldPrintNothingForAQuietNullReference() {
        assertTrue(render("escaping.vm").contains("<span></span>"));
    }

    @Test
    public void shouldRefuseAMethodTheAllowlistDoesNotNameAsJiraWould() {
        for (String template : new String[] {"forbidden.vm", "jdk-call.vm"}) {
            try {
                render(template);
                fail(template + " called a method the allowlist does not name");
            } catch (RuntimeException refused) {
                assertTrue(String.valueOf(refused.getMessage()) + " / " + refused.getCause(),
                        String.valueOf(refused.getMessage()).contains("allowlist")
                                || String.valueOf(refused.getCause()).contains("allowlist"));
            }
        }
    }

    @Test
    public void shouldTakeTheAllowlistFromThePluginDescriptor() {
        Set<String> allowed = VelocityTemplates.descriptorAllowlist();
        assertTrue(allowed.contains("dev.northstar.okr.ui.TextView#get(java.lang.String)"));
        assertTrue(allowed.contains("dev.northstar.okr.ui.ProgressView#getPercent()"));
    }

    @Test
    public void shouldEntryNameMethodsAsJirasAllowlistDoes() throws Exception {
        assertEquals("java.lang.String#regionMatches(int,java.lang.String,int,int)", AllowlistUberspect.entry(
                String.class, String.class.getMethod("regionMatches", int.class, String.class, int.class, int.class)));
    }

    @Test
    public void shouldWriteNoLogFileIntoTheWorkingDirectory() {
        render("escaping.vm");
        assertFalse(Files.exists(Path.of("velocity.log")));
    }
}
