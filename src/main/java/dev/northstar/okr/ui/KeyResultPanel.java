package dev.northstar.okr.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The panel on a Key Result issue. Immutable; every text is plain: the template engine escapes it.
 */
public final class KeyResultPanel {
    private final String message;
    private final KeyResultRow keyResult;
    private final String cycleName;
    private final String cycleTiming;
    private final IssueRef objective;
    private final MetricSummary metric;
    private final InitiativeList initiatives;
    private final CheckInSection checkIns;
    private final Explanation explanation;
    private final KeyResultSettingsForm settings;

    public KeyResultPanel(
            String message, KeyResultRow keyResult, String cycleName, String cycleTiming, IssueRef objective,
            MetricSummary metric, InitiativeList initiatives, CheckInSection checkIns, Explanation explanation) {
        this(message, keyResult, cycleName, cycleTiming, objective, metric, initiatives, checkIns, explanation, null);
    }

    private KeyResultPanel(
            String message, KeyResultRow keyResult, String cycleName, String cycleTiming, IssueRef objective,
            MetricSummary metric, InitiativeList initiatives, CheckInSection checkIns, Explanation explanation,
            KeyResultSettingsForm settings) {
        this.message = message;
        this.keyResult = keyResult;
        this.cycleName = cycleName;
        this.cycleTiming = cycleTiming;
        this.objective = objective;
        this.metric = metric;
        this.initiatives = initiatives;
        this.checkIns = checkIns;
        this.explanation = explanation;
        this.settings = settings;
    }

    /** The same panel with the key result's settings form (or why it has none). */
    KeyResultPanel withSettings(KeyResultSettingsForm form) {
        KeyResultPanel copy = new KeyResultPanel(message, keyResult, cycleName, cycleTiming, objective, metric,
                initiatives, checkIns, explanation, form);
        copy.valuesForm = valuesForm;
        copy.initiativeLinks = initiativeLinks;
        return copy;
    }

    /** Why the key result cannot be measured here (no cycle, setup incomplete); else null */
    public String getMessage() {
        return message;
    }

    /** The key result's figures; null with a message */
    public KeyResultRow getKeyResult() {
        return keyResult;
    }

    /** Its cycle */
    public String getCycleName() {
        return cycleName;
    }

    /** Which instant the figures belong to when not now (an ended, closed or upcoming cycle); else null */
    public String getCycleTiming() {
        return cycleTiming;
    }

    /** The objective it measures; null when hidden or with a message */
    public IssueRef getObjective() {
        return objective;
    }

    /** Start, current and target; null unless a metric */
    public MetricSummary getMetric() {
        return metric;
    }

    /** Initiatives; null with a message */
    public InitiativeList getInitiatives() {
        return initiatives;
    }

    /** Check-in form and history */
    public CheckInSection getCheckIns() {
        return checkIns;
    }

    /** Issues behind the figure; null with a message */
    public Explanation getExplanation() {
        return explanation;
    }

    /** How the key result is measured, as a form for its editors (or why there is none); null when not built */
    public KeyResultSettingsForm getSettings() {
        return settings;
    }

    // Issue 10, writing into Jira: set only by withWriteControls, right after the panel is made

    private ValuesForm valuesForm;
    private LinkControls initiativeLinks;

    /** This panel with the controls that write into Jira, each null for a viewer who may not use it. */
    public KeyResultPanel withWriteControls(ValuesForm values, LinkControls links) {
        InitiativeList listed = initiatives;
        LinkControls rest = links;
        if (links != null && initiatives != null) {
            // each initiative the panel lists gets its Unlink in its own row; the link controls keep the others
            Map<String, LinkRow> byKey = new HashMap<>();
            links.getRows().forEach(row -> byKey.put(row.getKey(), row));
            List<InitiativeRow> rows = new ArrayList<>();
            for (InitiativeRow row : initiatives.getRows()) {
                LinkRow link = byKey.remove(row.getKey());
                rows.add(link == null ? row : row.withUnlink(link.getUnlinkPath()));
            }
            listed = initiatives.withRows(rows);
            rest = links.withRows(links.getRows().stream().filter(r -> byKey.containsKey(r.getKey())).toList());
        }
        KeyResultPanel copy = new KeyResultPanel(message, keyResult, cycleName, cycleTiming, objective, metric,
                listed, checkIns, explanation, settings);
        copy.valuesForm = values;
        copy.initiativeLinks = rest;
        return copy;
    }

    /** A metric's start, target, current value and unit to change, for its editors; else null */
    public ValuesForm getValuesForm() {
        return valuesForm;
    }

    /** Link and unlink initiatives, for those Jira lets link the key result; else null */
    public LinkControls getInitiativeLinks() {
        return initiativeLinks;
    }
}
