package dev.northstar.okr.grade;

import dev.northstar.okr.errors.ConflictException;
import dev.northstar.okr.cycle.StoredCycle;

import java.time.Clock;
import java.util.List;

/**
 * Grading at cycle close: a score from 0.0 to 1.0 per objective or key result, only once its cycle is closed (an
 * open cycle's progress is still moving). A re-grade replaces the grade. Who may grade (the issue's editors) is the
 * REST layer's question.
 */
public class GradeService {
    private final GradeRepository grades;
    private final Clock clock;

    public GradeService(GradeRepository grades) {
        this(grades, Clock.systemUTC());
    }

    GradeService(GradeRepository grades, Clock clock) {
        this.grades = grades;
        this.clock = clock;
    }

    public Grade grade(StoredCycle cycle, String issueKey, double score, String note, String graderKey) {
        if (!cycle.closed()) {
            throw new ConflictException(null, "okr.error.cycleOpen", cycle.cycle().name());
        }
        return grades.save(new Grade(cycle.id(), issueKey, score, note == null ? "" : note.strip(), graderKey,
                clock.instant()));
    }

    public List<Grade> inCycle(StoredCycle cycle) {
        return grades.inCycle(cycle.id());
    }
}
