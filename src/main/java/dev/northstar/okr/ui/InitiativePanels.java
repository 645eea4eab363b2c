package dev.northstar.okr.ui;

import dev.northstar.okr.errors.RefusedException;
import dev.northstar.okr.schema.OkrSchema;
import dev.northstar.okr.reading.OkrIssue;
import dev.northstar.okr.reading.OkrLinks;
import dev.northstar.okr.reading.OkrReadService;
import dev.northstar.okr.reading.OkrStructure;
import dev.northstar.okr.reading.OkrViews.InitiativeView;
import dev.northstar.okr.reading.OkrViews.KeyResultDetail;

import java.util.ArrayList;
import java.util.List;

/** Builds the small panel on an initiative: each key result it drives, measured by the read service. */
final class InitiativePanels {
    /** An initiative rarely drives more than a couple of key results; each costs one read of its figures. */
    static final int MAX_DRIVEN = 5;

    private final OkrReadService read;
    private final OkrStructure structure;

    InitiativePanels(OkrReadService read, OkrStructure structure) {
        this.read = read;
        this.structure = structure;
    }

    /** Key results of the app's type that the issue drives, visible or not. */
    static List<OkrIssue> driven(OkrIssue issue, OkrSchema schema, OkrStructure structure) {
        OkrLinks links = structure.links(List.of(issue), schema).getOrDefault(issue.key(), OkrLinks.NONE);
        return links.drives().stream().filter(kr -> kr.typeId().equals(schema.keyResultTypeId())).toList();
    }

    /**
     * The key results the issue drives; when it drives none (an epic of a project with OKRs, see
     * {@link PanelRules#showsInitiativePanel}), a panel that says so.
     */
    InitiativePanel build(OkrIssue issue, OkrSchema schema, ViewParts v) {
        List<OkrIssue> driven = driven(issue, schema, structure);
        if (driven.isEmpty()) {
            return new InitiativePanel(issue.key(), List.of(), null, null, v.t("okr.ui.drive.none"));
        }
        List<DrivenRow> rows = new ArrayList<>();
        int hidden = 0;
        int more = 0;
        for (OkrIssue kr : driven) {
            if (!kr.visible()) {
                hidden++;
            } else if (rows.size() < MAX_DRIVEN) {
                rows.add(row(issue.key(), kr, v));
            } else {
                more++;
            }
        }
        return new InitiativePanel(issue.key(), rows,
                hidden > 0 ? v.t("okr.ui.initiative.drivesHidden", hidden) : null,
                more > 0 ? v.t("okr.ui.initiative.drivesMore", more) : null, null);
    }

    private DrivenRow row(String initiative, OkrIssue kr, ViewParts v) {
        KeyResultDetail d;
        try {
            d = read.keyResult(kr.key(), null);
        } catch (RefusedException cannot) {
            return new DrivenRow(v.issue(kr.key(), kr.summary(), null), null, null, null, null,
                    v.t(cannot.messageKey(), cannot.arguments()));
        }
        IssueRef objective = d.objectiveKey() == null ? null : v.issue(d.objectiveKey(),
                structure.issue(d.objectiveKey()).map(OkrIssue::summary).orElse(""), null);
        String scope = d.keyResult().drivenBy().initiatives().stream().filter(i -> i.key().equals(initiative))
                .map(InitiativeView::scope).findFirst().map(v::scopeLabel).orElse(null);
        return new DrivenRow(v.issue(kr.key(), kr.summary(), null), v.keyResult(d.keyResult(), null), objective,
                scope, KeyResultPanels.ownShare(initiative, d, v), null);
    }
}
