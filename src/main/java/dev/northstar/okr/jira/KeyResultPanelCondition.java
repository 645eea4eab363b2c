package dev.northstar.okr.jira;

import dev.northstar.okr.host.Access;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.ui.PanelRules;

/** Shows the Key Result panel on Key Result issues the caller may browse. */
public class KeyResultPanelCondition extends IssuePanelCondition {

    public KeyResultPanelCondition(PanelRules rules, Access access) {
        super(rules, access);
    }

    @Override
    boolean shows(PanelRules rules, Caller caller, String issueKey) {
        return rules.showsKeyResultPanel(caller, issueKey);
    }
}
