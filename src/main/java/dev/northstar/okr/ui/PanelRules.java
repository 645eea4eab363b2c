package dev.northstar.okr.ui;

import dev.northstar.okr.host.Access;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.schema.OkrSchema;
import dev.northstar.okr.schema.OkrSchemaStore;
import dev.northstar.okr.reading.OkrIssue;
import dev.northstar.okr.reading.OkrStructure;

import java.util.Optional;

/**
 * Which OKR panel an issue shows, decided cheaply (one issue lookup, its links; no search), so that Jira's panel
 * conditions can ask before any figure is computed. Panels are for logged-in people who may browse the issue; the
 * REST API behind them is for licensed users only, so anonymous viewers see none.
 */
public class PanelRules {
    private final OkrStructure structure;
    private final OkrSchemaStore schemas;
    private final Access access;

    public PanelRules(OkrStructure structure, OkrSchemaStore schemas, Access access) {
        this.structure = structure;
        this.schemas = schemas;
        this.access = access;
    }

    public boolean showsKeyResultPanel(Caller caller, String issueKey) {
        return ofType(caller, issueKey, schemas.current().keyResultTypeId()).isPresent();
    }

    public boolean showsObjectivePanel(Caller caller, String issueKey) {
        return ofType(caller, issueKey, schemas.current().objectiveTypeId()).isPresent();
    }

    /** Any issue that is neither objective nor key result and drives at least one key result. */
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
                .filter(i -> !InitiativePanels.driven(i, schema, structure).isEmpty());
    }

    /** The read side needs the two issue types and the two link types that join them. */
    static boolean complete(OkrSchema schema) {
        return schema.objectiveTypeId() != null && schema.keyResultTypeId() != null
                && schema.measuresLinkTypeId() != null && schema.drivesLinkTypeId() != null;
    }
}
