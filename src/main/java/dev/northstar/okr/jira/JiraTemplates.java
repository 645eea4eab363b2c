package dev.northstar.okr.jira;

import com.atlassian.templaterenderer.TemplateRenderer;
import dev.northstar.okr.host.Templates;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The app's templates rendered by Jira's template renderer (Velocity, with Jira's HTML auto-escaping and method
 * allowlist), from the plugin's own resources. The context is copied because the renderer adds its own entries.
 */
public class JiraTemplates implements Templates {
    private final TemplateRenderer renderer;

    public JiraTemplates(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public String render(String template, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            renderer.render(template, new HashMap<>(context), out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + template, e);
        }
        return out.toString();
    }
}
