package dev.northstar.okr.grade;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.northstar.okr.domain.IssueKey;
import dev.northstar.okr.storage.UniqueRace;
import dev.northstar.okr.host.ClusterLocks;
import dev.northstar.okr.host.IssueMoves;
import dev.northstar.okr.storage.ItemLocks;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Grades in Active Objects. Entities stay in here; callers get immutable {@link Grade} values. A (re-)grade holds
 * the grade's cluster lock ({@link ItemLocks}) around one transaction, so that concurrent grades of one issue store
 * one of them whole. As an {@link IssueMoves}, grades follow an issue that moves to another project.
 */
public class AoGradeRepository implements GradeRepository, IssueMoves {
    private static final String BY_PAIR = GradeEntity.GRADE_KEY + " = ?";

    private final ActiveObjects activeObjects;
    private final ItemLocks locks;

    /** With Jira's cluster-wide locks: the constructor the app is wired with. */
    public AoGradeRepository(ActiveObjects activeObjects, ClusterLocks clusterLocks) {
        this(activeObjects, new ItemLocks(clusterLocks, "grade"));
    }

    /** For one node on its own (tests): writes are one at a time within this JVM only. */
    public AoGradeRepository(ActiveObjects activeObjects) {
        this(activeObjects, ItemLocks.inThisJvm("grade"));
    }

    private AoGradeRepository(ActiveObjects activeObjects, ItemLocks locks) {
        this.activeObjects = activeObjects;
        this.locks = locks;
    }

    /** In natural key order of the graded issues (TEAM-9 before TEAM-10). */
    @Override
    public List<Grade> inCycle(long cycleId) {
        List<Grade> grades = new ArrayList<>();
        for (GradeEntity row : activeObjects.find(GradeEntity.class,
                Query.select().where(GradeEntity.CYCLE_ID + " = ?", cycleId))) {
            grades.add(toValue(row));
        }
        grades.sort(Comparator.comparing(Grade::issueKey, IssueKey.KEY_ORDER));
        return List.copyOf(grades);
    }

    @Override
    public Optional<Grade> find(long cycleId, String issueKey) {
        GradeEntity[] rows = activeObjects.find(GradeEntity.class,
                Query.select().where(BY_PAIR, pair(cycleId, issueKey)));
        return rows.length == 0 ? Optional.empty() : Optional.of(toValue(rows[0]));
    }

    @Override
    public Grade save(Grade grade) {
        Instant at = grade.gradedAt().truncatedTo(ChronoUnit.MILLIS);
        String pair = pair(grade.cycleId(), grade.issueKey());
        locks.write(pair, () -> UniqueRace.retryOnce(() -> activeObjects.executeInTransaction(() -> {
            GradeEntity[] stored = activeObjects.find(GradeEntity.class, Query.select().where(BY_PAIR, pair));
            if (stored.length > 0) {
                GradeEntity row = stored[0];
                row.setScore(grade.score());
                row.setNote(emptyToNull(grade.note()));
                row.setGradedBy(emptyToNull(grade.gradedBy()));
                row.setGradedAt(at.toEpochMilli());
                row.save();
            } else {
                List<DBParam> columns = new ArrayList<>(List.of(
                        new DBParam(GradeEntity.GRADE_KEY, pair),
                        new DBParam(GradeEntity.CYCLE_ID, grade.cycleId()),
                        new DBParam(GradeEntity.ISSUE_KEY, grade.issueKey()),
                        new DBParam(GradeEntity.SCORE, grade.score()),
                        new DBParam(GradeEntity.GRADED_AT, at.toEpochMilli())));
                if (!grade.note().isEmpty()) {
                    columns.add(new DBParam(GradeEntity.NOTE, grade.note()));
                }
                if (!grade.gradedBy().isEmpty()) {
                    columns.add(new DBParam(GradeEntity.GRADED_BY, grade.gradedBy()));
                }
                activeObjects.create(GradeEntity.class, columns.toArray(new DBParam[0]));
            }
            return pair;
        })));
        return new Grade(grade.cycleId(), grade.issueKey(), grade.score(), grade.note(), grade.gradedBy(), at);
    }

    @Override
    public void rename(String oldKey, String newKey) {
        if (oldKey.equals(newKey)) {
            return;
        }
        activeObjects.executeInTransaction(() -> {
            for (GradeEntity row : activeObjects.find(GradeEntity.class,
                    Query.select().where(GradeEntity.ISSUE_KEY + " = ?", oldKey))) {
                String pair = pair(row.getCycleId(), newKey);
                // The moved issue's grade wins over one left behind under its new key.
                activeObjects.delete(activeObjects.find(GradeEntity.class, Query.select().where(BY_PAIR, pair)));
                row.setIssueKey(newKey);
                row.setGradeKey(pair);
                row.save();
            }
            return null;
        });
    }

    static String pair(long cycleId, String issueKey) {
        return cycleId + "/" + issueKey;
    }


    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static Grade toValue(GradeEntity row) {
        return new Grade(row.getCycleId(), row.getIssueKey(), row.getScore(), row.getNote(), row.getGradedBy(),
                Instant.ofEpochMilli(row.getGradedAt()));
    }
}
