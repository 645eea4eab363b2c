package dev.northstar.okr.grade;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Storage of one grade (table {@code AO_120676_GRADE}): one row per cycle and issue. Used only by
 * {@link AoGradeRepository}.
 */
@Preload
@Table("GRADE")
public interface GradeEntity extends Entity {
    String GRADE_KEY = "GRADE_KEY";
    String CYCLE_ID = "CYCLE_ID";
    String ISSUE_KEY = "ISSUE_KEY";
    String SCORE = "SCORE";
    String NOTE = "NOTE";
    String GRADED_BY = "GRADED_BY";
    String GRADED_AT = "GRADED_AT";

    /**
     * Cycle id, "/", issue key: Active Objects has no unique constraint over two columns, and this one keeps
     * concurrent first grades of the same issue in a cycle to one row. The constraint's index serves the
     * look-ups.
     */
    @NotNull
    @Unique
    String getGradeKey();

    void setGradeKey(String gradeKey);

    /** Id of the cycle graded; grades are listed per cycle. */
    @NotNull
    @Indexed
    long getCycleId();

    void setCycleId(long cycleId);

    /** Key of the graded objective or key result issue; indexed so that a renamed issue is found. */
    @NotNull
    @Indexed
    String getIssueKey();

    void setIssueKey(String issueKey);

    /** Score from 0.0 to 1.0. */
    @NotNull
    double getScore();

    void setScore(double score);

    /** Retrospective note (was the target too low or too high?); unbounded text, NULL when empty. */
    @StringLength(StringLength.UNLIMITED)
    String getNote();

    void setNote(String note);

    /** Jira user key of who graded it, which survives renames, unlike the user name; NULL when unknown. */
    String getGradedBy();

    void setGradedBy(String gradedBy);

    /** When it was graded, epoch milliseconds (time-zone free, unlike a TIMESTAMP column). */
    @NotNull
    long getGradedAt();

    void setGradedAt(long gradedAt);
}
