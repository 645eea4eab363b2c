package dev.northstar.okr.grade;

import java.util.List;
import java.util.Optional;

/** Grades given at cycle close; one per cycle and issue (a re-grade replaces it). */
public interface GradeRepository {

    List<Grade> inCycle(long cycleId);

    Optional<Grade> find(long cycleId, String issueKey);

    Grade save(Grade grade);

    void rename(String oldKey, String newKey);
}
