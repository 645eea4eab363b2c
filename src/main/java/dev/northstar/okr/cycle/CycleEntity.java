package dev.northstar.okr.cycle;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * Storage of one cycle (table {@code AO_120676_CYCLE}). Instants are epoch milliseconds: a TIMESTAMP column would
 * be read back in each node's default time zone, and Data Center nodes need not share one. Used only by
 * {@link AoCycleRepository}.
 */
@Preload
@Table("CYCLE")
public interface CycleEntity extends Entity {
    String NAME = "NAME";
    String START_AT = "START_AT";
    String END_AT = "END_AT";
    String PROJECT_KEY = "PROJECT_KEY";
    String CLOSED_AT = "CLOSED_AT";

    /** Name shown to people ("2026 Q1"); at most 255 characters, the column's default length. */
    @NotNull
    String getName();

    void setName(String name);

    /** When the cycle starts, epoch milliseconds. */
    @NotNull
    long getStartAt();

    void setStartAt(long startAt);

    /** When the cycle ends, epoch milliseconds; after the start. */
    @NotNull
    long getEndAt();

    void setEndAt(long endAt);

    /** Key of the project the cycle belongs to; NULL for a global cycle. Lists filter on it. */
    @Indexed
    String getProjectKey();

    void setProjectKey(String projectKey);

    /** When the cycle was closed for grading, epoch milliseconds; NULL while open. */
    Long getClosedAt();

    void setClosedAt(Long closedAt);
}
