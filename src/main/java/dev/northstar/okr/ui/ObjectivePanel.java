package dev.northstar.okr.ui;

/**
 * The panel on an Objective issue. Immutable; every text is plain: the template engine escapes it.
 */
public final class ObjectivePanel {
    private final String message;
    private final ObjectiveRow objective;
    private final String cycleText;
    private final String cycleTiming;
    private final String commitmentNote;
    private final Rollup rollup;
    private final Alignment alignment;
    private final GradeView grade;
    private final String gradePendingText;
    private final ObjectiveSettingsForm settings;

    public ObjectivePanel(
            String message, ObjectiveRow objective, String cycleText, String cycleTiming, String commitmentNote,
            Rollup rollup,
            Alignment alignment, GradeView grade, String gradePendingText) {
        this(message, objective, cycleText, cycleTiming, commitmentNote, rollup, alignment, grade, gradePendingText,
                null);
    }

    private ObjectivePanel(
            String message, ObjectiveRow objective, String cycleText, String cycleTiming, String commitmentNote,
            Rollup rollup, Alignment alignment, GradeView grade, String gradePendingText,
            ObjectiveSettingsForm settings) {
        this.message = message;
        this.objective = objective;
        this.cycleText = cycleText;
        this.cycleTiming = cycleTiming;
        this.commitmentNote = commitmentNote;
        this.rollup = rollup;
        this.alignment = alignment;
        this.grade = grade;
        this.gradePendingText = gradePendingText;
        this.settings = settings;
    }

    /** The same panel with the objective's settings form (or why it has none). */
    ObjectivePanel withSettings(ObjectiveSettingsForm form) {
        ObjectivePanel copy = new ObjectivePanel(message, objective, cycleText, cycleTiming, commitmentNote, rollup,
                alignment, grade, gradePendingText, form);
        copy.alignmentControls = alignmentControls;
        return copy;
    }

    /** Set when the objective cannot be measured here; the rest is then empty */
    public String getMessage() {
        return message;
    }

    /** Figures and key results */
    public ObjectiveRow getObjective() {
        return objective;
    }

    /** Its cycle and whether it is open */
    public String getCycleText() {
        return cycleText;
    }

    /** Which instant the figures belong to when not now (an ended, closed or upcoming cycle); else null */
    public String getCycleTiming() {
        return cycleTiming;
    }

    /** How to read the progress of a committed or an aspirational objective */
    public String getCommitmentNote() {
        return commitmentNote;
    }

    /** Weights and terms */
    public Rollup getRollup() {
        return rollup;
    }

    /** Parent and children */
    public Alignment getAlignment() {
        return alignment;
    }

    /** The grade once the cycle is closed and graded; else null */
    public GradeView getGrade() {
        return grade;
    }

    /** Set when the cycle is closed but no grade is given yet; else null */
    public String getGradePendingText() {
        return gradePendingText;
    }

    /** Cycle, commitment, owner and weight as a form for its editors (or why there is none); null when not built */
    public ObjectiveSettingsForm getSettings() {
        return settings;
    }

    // Issue 10, writing into Jira: set only by withAlignmentControls, right after the panel is made

    private AlignmentControls alignmentControls;

    /** This panel with the alignment controls, null for a viewer Jira does not let link the objective. */
    public ObjectivePanel withAlignmentControls(AlignmentControls controls) {
        ObjectivePanel copy = new ObjectivePanel(message, objective, cycleText, cycleTiming, commitmentNote, rollup,
                alignment, grade, gradePendingText, settings);
        copy.alignmentControls = controls;
        return copy;
    }

    /** Align to a parent, unlink it, let go of children; else null */
    public AlignmentControls getAlignmentControls() {
        return alignmentControls;
    }
}
