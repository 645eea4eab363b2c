package dev.northstar.okr.ui;

import java.util.List;

/**
 * The OKR overview of a cycle: focus metrics first, then the alignment tree with a trend chart per objective.
 * Immutable; every text is plain: the template engine escapes it.
 */
public final class OverviewPage {
    private final OverviewFilters filters;
    private final String message;
    private final String cycleName;
    private final String cycleText;
    private final List<KeyResultRow> focus;
    private final List<ObjectiveRow> objectives;
    private final String emptyText;
    private final String hiddenText;
    private final List<String> warnings;

    public OverviewPage(
            OverviewFilters filters, String message, String cycleName, String cycleText, List<KeyResultRow> focus,
            List<ObjectiveRow> objectives, String emptyText, String hiddenText, List<String> warnings) {
        this.filters = filters;
        this.message = message;
        this.cycleName = cycleName;
        this.cycleText = cycleText;
        this.focus = List.copyOf(focus);
        this.objectives = List.copyOf(objectives);
        this.emptyText = emptyText;
        this.hiddenText = hiddenText;
        this.warnings = List.copyOf(warnings);
    }

    /** Filters */
    public OverviewFilters getFilters() {
        return filters;
    }

    /** Why there is nothing to show; else null */
    public String getMessage() {
        return message;
    }

    /** Chosen cycle */
    public String getCycleName() {
        return cycleName;
    }

    /** Dates and state, e.g. "starts Jul 1" */
    public String getCycleText() {
        return cycleText;
    }

    /** Focus metrics of the shown objectives */
    public List<KeyResultRow> getFocus() {
        return focus;
    }

    /** The alignment tree, flattened parents first */
    public List<ObjectiveRow> getObjectives() {
        return objectives;
    }

    /** Set when the cycle has no objective to show */
    public String getEmptyText() {
        return emptyText;
    }

    /** Hidden objectives counted; else null */
    public String getHiddenText() {
        return hiddenText;
    }

    /** E.g. an alignment loop cut */
    public List<String> getWarnings() {
        return warnings;
    }

    // Issue 10, writing into Jira: set only by withObjectiveForm, right after the page is made

    private ObjectiveForm objectiveForm;

    /** This page with the "New objective" form (or why the viewer cannot create one) and the guided steps. */
    public OverviewPage withObjectiveForm(ObjectiveForm form) {
        OverviewPage copy = new OverviewPage(filters, message, cycleName, cycleText, focus, objectives, emptyText,
                hiddenText, warnings);
        copy.objectiveForm = form;
        return copy;
    }

    /** The new objective form, or why it is missing, and the guided steps; null for an anonymous viewer */
    public ObjectiveForm getObjectiveForm() {
        return objectiveForm;
    }
}
