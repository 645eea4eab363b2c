package dev.northstar.okr.jira;

import dev.northstar.okr.host.Access;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.ui.PanelRules;

/**
 * Shows the initiative panel on issues the caller may browse that drive at least one key result, and on epics of
 * projects with OKRs that drive none yet (see {@link PanelRules#showsInitiativePanel}).
 */
public class InitiativePanelCondition extends IssuePanelCondition {

    public InitiativePanelCondition(PanelRules rules, Access access) {
        super(rules, access);
    }

    @Override
    boolean shows(PanelRules rules, Caller caller, String issueKey) {
        return rules.showsInitiativePanel(caller, issueKey);
    }
}
