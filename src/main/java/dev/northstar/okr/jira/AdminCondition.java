package dev.northstar.okr.jira;

import com.atlassian.plugin.web.Condition;
import dev.northstar.okr.host.Access;

import java.util.Map;

/** Shows the app's administration link to Jira administrators only (the page checks again). */
public class AdminCondition implements Condition {
    private final Access access;

    public AdminCondition(Access access) {
        this.access = access;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return access.caller().map(access::isAdministrator).orElse(false);
    }
}
