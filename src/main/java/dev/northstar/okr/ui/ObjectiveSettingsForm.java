package dev.northstar.okr.ui;

import java.util.List;

/**
 * The Objective panel's settings form: cycle, commitment, owner and weight, saved through
 * {@code PUT /objectives/{key}/settings}, which validates. Only for those who may edit the objective; for the others it
 * holds only the line saying why there is no form. Immutable; every text is plain: the template engine escapes it.
 */
public final class ObjectiveSettingsForm {
    private final String issueKey;
    private final String putPath;
    private final String lockedText;
    private final boolean collapsed;
    private final List<Option> cycles;
    private final String noCyclesText;
    private final List<Option> commitments;
    private final String owner;
    private final String weight;

    ObjectiveSettingsForm(String issueKey, String putPath, boolean collapsed, List<Option> cycles,
                          String noCyclesText, List<Option> commitments, String owner, String weight) {
        this.issueKey = issueKey;
        this.putPath = putPath;
        this.lockedText = null;
        this.collapsed = collapsed;
        this.cycles = List.copyOf(cycles);
        this.noCyclesText = noCyclesText;
        this.commitments = List.copyOf(commitments);
        this.owner = owner;
        this.weight = weight;
    }

    private ObjectiveSettingsForm(String issueKey, String lockedText) {
        this.issueKey = issueKey;
        this.putPath = null;
        this.lockedText = lockedText;
        this.collapsed = true;
        this.cycles = List.of();
        this.noCyclesText = null;
        this.commitments = List.of();
        this.owner = "";
        this.weight = "";
    }

    /** For someone who may not edit the objective: no form, only why. */
    static ObjectiveSettingsForm locked(String issueKey, String lockedText) {
        return new ObjectiveSettingsForm(issueKey, lockedText);
    }

    /** The objective's key (for the form's element ids) */
    public String getIssueKey() {
        return issueKey;
    }

    /** REST path the form saves to; null when the caller may not edit the objective */
    public String getPutPath() {
        return putPath;
    }

    /** Why there is no form (the caller may not edit the objective); else null */
    public String getLockedText() {
        return lockedText;
    }

    /** Closed until opened, unless the objective has no settings yet (it needs a cycle to be measured) */
    public boolean isCollapsed() {
        return collapsed;
    }

    /** Open cycles of the objective's project and of all projects; its own cycle chosen */
    public List<Option> getCycles() {
        return cycles;
    }

    /** Set when no open cycle can take the objective; else null */
    public String getNoCyclesText() {
        return noCyclesText;
    }

    /** Committed or aspirational */
    public List<Option> getCommitments() {
        return commitments;
    }

    /** The owner's label as stored */
    public String getOwner() {
        return owner;
    }

    /** The weight as the field shows it (digits with a dot, as JSON numbers are written) */
    public String getWeight() {
        return weight;
    }
}
