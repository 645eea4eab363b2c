package dev.northstar.okr.grade;

import java.util.List;

/** The grades of a cycle that the caller may see, in issue key order. */
public record GradesView(long cycleId, List<GradeView> grades) {
    public GradesView {
        grades = List.copyOf(grades);
    }
}
