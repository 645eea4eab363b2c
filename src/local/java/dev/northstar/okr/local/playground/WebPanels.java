package dev.northstar.okr.local.playground;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.plugin.web.Condition;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.templaterenderer.TemplateRenderer;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Issue panels rendered the way Jira's web fragments render them: the descriptor's condition decides whether the
 * panel shows, its context provider builds the template's context from Jira's (the viewed issue under
 * {@code "issue"}), and Jira's template renderer renders its Velocity resource. Condition and context provider are
 * the app's own classes, created and autowired from the app's components as Jira creates them.
 */
final class WebPanels {
    private final PlaygroundComponents app;

    WebPanels(PlaygroundComponents app) {
        this.app = app;
    }

    /** The panel's HTML for this issue, or empty when Jira would leave the panel out. */
    Optional<String> render(PluginDescriptor.WebPanel panel, String issueKey) {
        Issue issue = app.jira().service(IssueManager.class).orElseThrow().getIssueObject(issueKey);
        if (issue == null) {
            return Optional.empty();
        }
        Map<String, Object> jiraContext = new HashMap<>();
        jiraContext.put("issue", issue);
        if (!panel.condition().isEmpty()) {
            Condition condition = (Condition) app.create(PlaygroundComponents.load(panel.condition()));
            condition.init(Map.of());
            if (!condition.shouldDisplay(jiraContext)) {
                return Optional.empty();
            }
        }
        Map<String, Object> context = jiraContext;
        if (!panel.contextProvider().isEmpty()) {
            ContextProvider provider = (ContextProvider) app.create(PlaygroundComponents.load(panel.contextProvider()));
            provider.init(Map.of());
            context = provider.getContextMap(jiraContext);
        }
        StringWriter html = new StringWriter();
        try {
            app.jira().service(TemplateRenderer.class).orElseThrow().render(panel.template(), context, html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(html.toString());
    }
}
