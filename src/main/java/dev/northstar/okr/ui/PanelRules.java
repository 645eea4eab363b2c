package dev.northstar.okr.ui;

import dev.northstar.okr.domain.IssueFact;
import dev.northstar.okr.host.Access;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.schema.JiraSchemaGateway;
import dev.northstar.okr.schema.OkrSchema;
import dev.northstar.okr.schema.OkrSchemaStore;
import dev.northstar.okr.reading.OkrIssue;
import dev.northstar.okr.reading.OkrStructure;
import dev.northstar.okr.settings.SettingsService;

import java.util.Optional;

/**
 * Which OKR panel an issue shows, decided cheaply (one issue lookup, its links, its issue type's name from Jira's
 * issue type list, the app's enabled projects from its settings; no search), so that Jira's panel conditions can ask
 * before any figure is computed. Panels are for logged-in people who may browse the issue; the
 * REST API behind them is for licensed users only, so anonymous viewers see none.
 */
public class PanelRules {
    private final OkrStructure structure;
    private final OkrSchemaStore schemas;
    private final Access access;
    private final SettingsService settings;
    private final JiraSchemaGateway types;

    public PanelRules(OkrStructure structure, OkrSchemaStore schemas, Access access, SettingsService settings,
                      JiraSchemaGateway types) {
        this.structure = structure;
        this.schemas = schemas;
        this.access = access;
        this.settings = settings;
        this.types = types;
    }

    public boolean showsKeyResultPanel(Caller caller, String issueKey) {
        return ofType(caller, issueKey, schemas.current().keyResultTypeId()).isPresent();
    }

    public boolean showsObjectivePanel(Caller caller, String issueKey) {
        return ofType(caller, issueKey, schemas.current().objectiveTypeId()).isPresent();
    }

    /**
     * Any issue that is neither objective nor key result and drives at least one key result; and an epic in a project
     * with OKRs enabled, even while it drives none, so that it can be made to drive one from its own page.
     */
    public boolean showsInitiativePanel(Caller caller, String issueKey) {
        return initiative(caller, issueKey).isPresent();
    }

    Optional<OkrIssue> ofType(Caller caller, String issueKey, String typeId) {
        if (caller == null || issueKey == null || typeId == null || !complete(schemas.current())
                || !access.canBrowseIssue(caller, issueKey)) {
            return Optional.empty();
        }
        return structure.issue(issueKey).filter(i -> typeId.equals(i.typeId()));
    }

    Optional<OkrIssue> initiative(Caller caller, String issueKey) {
        OkrSchema schema = schemas.current();
        if (caller == null || issueKey == null || !complete(schema) || !access.canBrowseIssue(caller, issueKey)) {
            return Optional.empty();
        }
        return structure.issue(issueKey)
                .filter(i -> !i.typeId().equals(schema.keyResultTypeId())
                        && !i.typeId().equals(schema.objectiveTypeId()))
                .filter(i -> !InitiativePanels.driven(i, schema, structure).isEmpty() || epicWithOkrs(i));
    }

    /**
     * An epic as the read side knows one (Jira Software's issue type "Epic", never a sub-task type; any other issue
     * may drive a key result too, but only an epic is offered the empty panel) in a project with OKRs enabled.
     */
    private boolean epicWithOkrs(OkrIssue issue) {
        return settings.current().enabledProjects().contains(issue.projectKey())
                && types.issueType(issue.typeId())
                        .filter(t -> !t.subTask() && IssueFact.epicType(t.name())).isPresent();
    }

    /** The read side needs the two issue types and the two link types that join them. */
    static boolean complete(OkrSchema schema) {
        return schema.objectiveTypeId() != null && schema.keyResultTypeId() != null
                && schema.measuresLinkTypeId() != null && schema.drivesLinkTypeId() != null;
    }
}
