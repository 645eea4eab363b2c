package dev.northstar.okr.objective;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Storage of one objective's settings (table {@code AO_120676_OBJECTIVE_SETTINGS}), one row per Objective issue.
 * Used only by {@link AoObjectiveSettingsRepository}.
 */
@Preload
@Table("OBJECTIVE_SETTINGS")
public interface ObjectiveSettingsEntity extends Entity {
    String ISSUE_KEY = "ISSUE_KEY";
    String CYCLE_ID = "CYCLE_ID";
    String COMMITTED = "COMMITTED";
    String WEIGHT = "WEIGHT";
    String OWNER = "OWNER";

    /**
     * Key of the Objective issue, the lookup column: unique, so that two nodes saving at once cannot store two
     * rows (every database backs the constraint with an index, so no {@code @Indexed} is added on top).
     */
    @NotNull
    @Unique
    String getIssueKey();

    void setIssueKey(String issueKey);

    /** Id of the cycle the objective belongs to (a plain number, not a reference: cycles are never deleted). */
    @NotNull
    @Indexed
    long getCycleId();

    void setCycleId(long cycleId);

    /** True for a committed OKR (expected at 1.0), false for an aspirational one. */
    @NotNull
    boolean getCommitted();

    void setCommitted(boolean committed);

    /** Weight in a parent objective's roll-up; 0 excludes it. */
    @NotNull
    double getWeight();

    void setWeight(double weight);

    /** Who owns it, as a label (company, team or person); NULL when not given. */
    String getOwner();

    void setOwner(String owner);
}
