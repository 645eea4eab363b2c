package dev.northstar.okr.jira;

import com.atlassian.jira.project.Project;
import com.atlassian.plugin.web.Condition;
import dev.northstar.okr.host.Access;
import dev.northstar.okr.settings.SettingsService;

import java.util.Map;

/**
 * Shows the project sidebar's OKR links in projects with OKRs enabled, to people who may browse them. When Jira
 * passes no project (other places a link may appear), a logged-in person sees the link and the page lets them
 * choose among the projects they may browse.
 */
public class OkrProjectCondition implements Condition {
    private final Access access;
    private final SettingsService settings;

    public OkrProjectCondition(Access access, SettingsService settings) {
        this.access = access;
        this.settings = settings;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return access.caller().map(caller -> {
            Object project = context == null ? null : context.get("project");
            if (project instanceof Project p) {
                return settings.current().enabledProjects().contains(p.getKey())
                        && access.canBrowseProject(caller, p.getKey());
            }
            return true;
        }).orElse(false);
    }
}
