package dev.northstar.okr.ui;

import dev.northstar.okr.authoring.LinkWrites;
import dev.northstar.okr.authoring.ObjectiveCreation;
import dev.northstar.okr.checkin.CheckInWindow;
import dev.northstar.okr.cycle.CycleRepository;
import dev.northstar.okr.cycle.StoredCycle;
import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.errors.RefusedException;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.keyresult.KeyResultSettings;
import dev.northstar.okr.keyresult.KeyResultSettingsRepository;
import dev.northstar.okr.objective.ObjectiveSettingsRepository;
import dev.northstar.okr.reading.OkrIssue;
import dev.northstar.okr.reading.OkrLinks;
import dev.northstar.okr.reading.OkrReadService;
import dev.northstar.okr.reading.OkrStructure;
import dev.northstar.okr.reading.OkrViews.KeyResultView;
import dev.northstar.okr.reading.OkrViews.MetricView;
import dev.northstar.okr.schema.OkrSchema;
import dev.northstar.okr.schema.OkrSchemaStore;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The screens' controls that write OKRs into Jira (issue 10): the overview's "New objective" form and guided empty
 * state, the objective panel's alignment controls, the key result panel's values form and initiative links, and the
 * initiative panel's "drive a key result". Each is given only to people Jira lets make that change (the REST API checks
 * again); a person who may not create objectives is told why.
 */
public class AuthoringForms {
    /** Rows of the new objective form shown at first; the others open with "Add a key result". */
    static final int ROWS_SHOWN = 3;

    private final ObjectiveCreation creation;
    private final LinkWrites links;
    private final OkrStructure structure;
    private final OkrSchemaStore schemas;
    private final OkrReadService read;
    private final KeyResultSettingsRepository keyResults;
    private final CheckInWindow closedCycles;
    private final ObjectiveSettingsRepository objectives;
    private final CycleRepository cycles;

    public AuthoringForms(ObjectiveCreation creation, LinkWrites links, OkrStructure structure, OkrSchemaStore schemas,
                          OkrReadService read, KeyResultSettingsRepository keyResults, CheckInWindow closedCycles,
                          ObjectiveSettingsRepository objectives, CycleRepository cycles) {
        this.creation = creation;
        this.links = links;
        this.structure = structure;
        this.schemas = schemas;
        this.read = read;
        this.keyResults = keyResults;
        this.closedCycles = closedCycles;
        this.objectives = objectives;
        this.cycles = cycles;
    }

    /**
     * The new objective form for the overview, or only why the viewer cannot use it.
     *
     * @param projects projects with OKRs the viewer may browse
     * @param cycles   cycles the viewer may see there, newest first
     * @param empty    whether the overview shows no objective (the guided steps then show)
     */
    ObjectiveForm objectiveForm(Caller caller, List<String> projects, List<StoredCycle> cycles, String project,
                                StoredCycle chosen, boolean empty, ViewParts v) {
        List<String> steps = empty ? List.of(v.t("okr.ui.create.step.objective"), v.t("okr.ui.create.step.initiatives"),
                v.t("okr.ui.create.step.checkins")) : List.of();
        String guide = empty ? v.t("okr.ui.create.guide") : null;
        if (projects.isEmpty()) {
            return whyNot(v.t("okr.ui.create.noProjects"), guide, steps);
        }
        List<String> creatable = projects.stream().filter(creation::mayCreateIn).toList();
        if (creatable.isEmpty()) {
            return whyNot(v.t("okr.ui.create.noPermission", String.join(", ", projects)), guide, steps);
        }
        List<StoredCycle> open = cycles.stream().filter(c -> !c.closed()).toList();
        if (open.isEmpty()) {
            return whyNot(v.t("okr.ui.create.noCycle"), guide, steps);
        }
        String selectedProject = project != null && creatable.contains(project) ? project : creatable.get(0);
        long selectedCycle = chosen != null && !chosen.closed() ? chosen.id() : open.get(0).id();
        List<Option> projectOptions = creatable.stream().map(p -> new Option(p, p, p.equals(selectedProject)))
                .toList();
        List<Option> cycleOptions = open.stream().map(c -> new Option(Long.toString(c.id()), c.cycle().name(),
                c.id() == selectedCycle)).toList();
        List<Option> kinds = new ArrayList<>();
        for (KeyResultKind kind : KeyResultKind.values()) {
            kinds.add(new Option(kind.id(), v.t("okr.ui.kind." + kind.id()), kind == KeyResultKind.ISSUE_COUNT));
        }
        List<KeyResultFormRow> rows = new ArrayList<>();
        for (int i = 0; i < ObjectiveCreation.MAX_KEY_RESULTS; i++) {
            rows.add(new KeyResultFormRow(i + 1, "keyResults[" + i + "].", i >= ROWS_SHOWN));
        }
        return new ObjectiveForm(null, v.contextPath() + ViewParts.REST + "/objectives",
                v.contextPath() + Overviews.PAGE, projectOptions, cycleOptions, kinds, rows, guide, steps);
    }

    private static ObjectiveForm whyNot(String reason, String guide, List<String> steps) {
        return new ObjectiveForm(reason, null, null, List.of(), List.of(), List.of(), List.of(), guide, steps);
    }

    /**
     * Align to a parent and let go of children, for people Jira lets link the objective; else null, and null too once
     * its cycle is closed (a closed cycle no longer changes).
     */
    AlignmentControls alignment(OkrIssue objective, Alignment alignment, ViewParts v) {
        boolean closed = objectives.find(objective.key()).flatMap(o -> cycles.get(o.cycleId()))
                .filter(StoredCycle::closed).isPresent();
        if (closed || !links.mayLink(objective.key())) {
            return null;
        }
        OkrSchema schema = schemas.current();
        String base = v.contextPath() + ViewParts.REST + "/objectives/" + objective.key();
        LinkRow parent = linksOf(objective, schema).parents().stream().filter(OkrIssue::visible).findFirst()
                .map(p -> new LinkRow(p.key(), p.summary(), v.issueUrl(p.key()), base + "/parent")).orElse(null);
        List<LinkRow> children = new ArrayList<>();
        if (alignment != null) {
            for (ObjectiveRow child : alignment.getChildren()) {
                if (child.getKey() != null) {
                    children.add(new LinkRow(child.getKey(), child.getTitle(), child.getUrl(),
                            base + "/children/" + child.getKey()));
                }
            }
        }
        return new AlignmentControls(base + "/parent", parent, children,
                picker(v, schema.objectiveTypeId() == null ? "" : "issuetype = " + schema.objectiveTypeId(),
                        objective.key()));
    }

    /** A metric key result's values, for its editors while its cycle is open; else null. */
    ValuesForm values(String keyResultKey, boolean canEdit, ViewParts v) {
        if (!canEdit || !schemas.current().complete() || closedCycles.closedCycleOf(keyResultKey).isPresent()) {
            return null;
        }
        MetricView metric = null;
        String kind;
        try {
            KeyResultView kr = read.keyResult(keyResultKey, null).keyResult();
            metric = kr.signals().metric();
            kind = kr.kind();
        } catch (RefusedException notMeasured) {
            kind = keyResults.find(keyResultKey).map(KeyResultSettings::kind).orElse(KeyResultKind.ISSUE_COUNT).id();
        }
        if (!KeyResultKind.METRIC.id().equals(kind)) {
            return null;
        }
        return new ValuesForm(v.contextPath() + ViewParts.REST + "/keyresults/" + keyResultKey + "/values",
                metric == null ? "" : plain(metric.goal().start()), metric == null ? "" : plain(metric.goal().target()),
                metric == null ? "" : plain(metric.reading().value()),
                metric == null || metric.unit() == null ? "" : metric.unit());
    }

    /** Link an initiative to the key result, and unlink each, for people Jira lets link it while its cycle is open. */
    LinkControls initiatives(OkrIssue keyResult, ViewParts v) {
        if (!links.mayLink(keyResult.key()) || !schemas.current().complete()
                || closedCycles.closedCycleOf(keyResult.key()).isPresent()) {
            return null;
        }
        String base = v.contextPath() + ViewParts.REST + "/keyresults/" + keyResult.key() + "/initiatives";
        List<LinkRow> rows = linksOf(keyResult, schemas.current()).initiatives().stream().filter(OkrIssue::visible)
                .map(i -> new LinkRow(i.key(), i.summary(), v.issueUrl(i.key()), base + "/" + i.key())).toList();
        OkrSchema schema = schemas.current();
        return new LinkControls(base, "issueKey", rows, picker(v, "issuetype not in (" + schema.objectiveTypeId()
                + ", " + schema.keyResultTypeId() + ")", keyResult.key()));
    }

    /** Make the issue drive a key result, and stop each, for people Jira lets link it; else null. */
    LinkControls drives(OkrIssue initiative, ViewParts v) {
        if (!links.mayLink(initiative.key()) || !schemas.current().complete()) {
            return null;
        }
        OkrSchema schema = schemas.current();
        String base = v.contextPath() + ViewParts.REST + "/initiatives/" + initiative.key() + "/keyresults";
        List<LinkRow> rows = linksOf(initiative, schema).drives().stream()
                .filter(kr -> kr.visible() && kr.typeId().equals(schema.keyResultTypeId()))
                .map(kr -> new LinkRow(kr.key(), kr.summary(), v.issueUrl(kr.key()), base + "/" + kr.key())).toList();
        return new LinkControls(base, "keyResult", rows,
                picker(v, "issuetype = " + schema.keyResultTypeId(), initiative.key()));
    }

    /**
     * A key field's suggestions from Jira's issue picker, narrowed by a JQL query on the app's issue types (a field
     * that takes an objective suggests objectives only; the REST API refuses a wrong kind of issue all the same).
     */
    private static IssuePickerField picker(ViewParts v, String jql, String issueKey) {
        return new IssuePickerField(v.contextPath() + IssuePickerField.PICKER, jql, issueKey);
    }

    private OkrLinks linksOf(OkrIssue issue, OkrSchema schema) {
        return structure.links(List.of(issue), schema).getOrDefault(issue.key(), OkrLinks.NONE);
    }

    /** A number as a form field holds it: plain digits, '.' as the decimal mark, no exponent; empty for none. */
    static String plain(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
