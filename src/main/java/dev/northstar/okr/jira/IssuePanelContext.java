package dev.northstar.okr.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.ContextProvider;
import dev.northstar.okr.host.Access;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.ui.Screen;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Hands an issue panel's template its ready view model. Jira passes the viewed issue under "issue"; the template
 * gets only the screen's context ({@code view} and {@code text}), never the issue or a Jira service. When the panel
 * has nothing to show (its condition normally prevents that) the context is empty and the template prints nothing.
 */
abstract class IssuePanelContext implements ContextProvider {
    private final Access access;
    private final JiraWebPages pages;
    private final String webResource;

    IssuePanelContext(Access access, JiraWebPages pages, String webResource) {
        this.access = access;
        this.pages = pages;
        this.webResource = webResource;
    }

    @Override
    public void init(Map<String, String> params) {
        // the panels take no parameters from the descriptor
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        String key = issueKey(context);
        Optional<Screen> screen = key == null ? Optional.empty() : screen(access.caller().orElse(null), key);
        if (screen.isEmpty()) {
            return new HashMap<>();
        }
        pages.require(webResource);
        return new HashMap<>(screen.get().context());
    }

    abstract Optional<Screen> screen(Caller caller, String issueKey);

    /** The key of the issue Jira shows, or null when the context holds none. */
    static String issueKey(Map<String, Object> context) {
        return context != null && context.get("issue") instanceof Issue issue ? issue.getKey() : null;
    }
}
