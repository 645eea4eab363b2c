package dev.northstar.okr.jira;

import dev.northstar.okr.host.Access;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.ui.PanelRules;

/** Shows the Objective panel on Objective issues the caller may browse. */
public class ObjectivePanelCondition extends IssuePanelCondition {

    public ObjectivePanelCondition(PanelRules rules, Access access) {
        super(rules, access);
    }

    @Override
    boolean shows(PanelRules rules, Caller caller, String issueKey) {
        return rules.showsObjectivePanel(caller, issueKey);
    }
}
