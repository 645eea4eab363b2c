package dev.northstar.okr.grade;

/** A grade as the REST API shows it; {@code gradedBy} is the grader's Jira user key. */
public record GradeView(long cycleId, String issueKey, double score, String note, String gradedBy, String gradedAt) {

    static GradeView of(Grade grade) {
        return new GradeView(grade.cycleId(), grade.issueKey(), grade.score(), grade.note(), grade.gradedBy(),
                grade.gradedAt().toString());
    }
}
