package dev.northstar.okr.jira;

import com.atlassian.plugin.web.Condition;
import dev.northstar.okr.host.Access;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.ui.PanelRules;

import java.util.Map;

/**
 * Whether Jira shows one of the app's issue panels: asked before the panel's figures are computed, so it only looks
 * at the issue's type and links (see {@link PanelRules}).
 */
abstract class IssuePanelCondition implements Condition {
    private final PanelRules rules;
    private final Access access;

    IssuePanelCondition(PanelRules rules, Access access) {
        this.rules = rules;
        this.access = access;
    }

    @Override
    public void init(Map<String, String> params) {
        // the panels take no parameters from the descriptor
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        String key = IssuePanelContext.issueKey(context);
        Caller caller = access.caller().orElse(null);
        return key != null && caller != null && shows(rules, caller, key);
    }

    abstract boolean shows(PanelRules rules, Caller caller, String issueKey);
}
