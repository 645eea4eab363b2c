package dev.northstar.okr.jira;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.junit.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Jira's template renderer and base URL behind the app's ports. */
public class JiraTemplatesTest {
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);

    @Test
    public void shouldRenderThroughJirasRendererWithAContextItMayAddTo() throws IOException {
        doAnswer(call -> {
            Map<String, Object> context = call.getArgument(1);
            context.put("added by Jira", true);
            call.<Writer>getArgument(2).write("<p>" + context.get("view") + "</p>");
            return null;
        }).when(renderer).render(eq("templates/okr/x.vm"), anyMap(), any(Writer.class));
        assertEquals("<p>v</p>", new JiraTemplates(renderer).render("templates/okr/x.vm", Map.of("view", "v")));
    }

    @Test
    public void shouldReportAFailedRender() throws IOException {
        doThrow(new IOException("closed")).when(renderer).render(any(), anyMap(), any(Writer.class));
        try {
            new JiraTemplates(renderer).render("templates/okr/x.vm", new HashMap<>());
            fail("the failure must not be swallowed");
        } catch (UncheckedIOException expected) {
            assertTrue(expected.getMessage().contains("templates/okr/x.vm"));
        }
    }

    @Test
    public void shouldTakeOnlyThePathOfJirasBaseUrl() {
        ApplicationProperties application = mock(ApplicationProperties.class);
        JiraPagePaths paths = new JiraPagePaths(application);
        when(application.getBaseUrl(UrlMode.ABSOLUTE)).thenReturn("https://jira.example.com/jira/");
        assertEquals("/jira", paths.contextPath());
        when(application.getBaseUrl(UrlMode.ABSOLUTE)).thenReturn("https://jira.example.com");
        assertEquals("", paths.contextPath());
        when(application.getBaseUrl(UrlMode.ABSOLUTE)).thenReturn(null);
        assertEquals("", paths.contextPath());
        when(application.getBaseUrl(UrlMode.ABSOLUTE)).thenReturn("not a url at all ::");
        assertEquals("", paths.contextPath());
    }
}
