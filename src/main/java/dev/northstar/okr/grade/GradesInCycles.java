package dev.northstar.okr.grade;

import dev.northstar.okr.cycle.CycleContents;

import java.util.List;

/** The grades given in a cycle: its record, which keeps it from being deleted (see {@link CycleContents}). */
public class GradesInCycles implements CycleContents {
    private final GradeRepository grades;

    public GradesInCycles(GradeRepository grades) {
        this.grades = grades;
    }

    @Override
    public Kind kind() {
        return Kind.GRADES;
    }

    @Override
    public List<String> issueKeys(long cycleId) {
        return grades.inCycle(cycleId).stream().map(Grade::issueKey).toList();
    }
}
