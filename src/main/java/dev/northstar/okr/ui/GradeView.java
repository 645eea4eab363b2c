package dev.northstar.okr.ui;

/**
 * The grade given at cycle close. Immutable; every text is plain: the template engine escapes it.
 */
public final class GradeView {
    private final String score;
    private final String note;
    private final String judgement;
    private final String gradedOn;

    public GradeView(String score, String note, String judgement, String gradedOn) {
        this.score = score;
        this.note = note;
        this.judgement = judgement;
        this.gradedOn = gradedOn;
    }

    /** 0.0 to 1.0 */
    public String getScore() {
        return score;
    }

    /** The retrospective note; null when none */
    public String getNote() {
        return note;
    }

    /** What the score means for a committed or aspirational OKR */
    public String getJudgement() {
        return judgement;
    }

    /** When */
    public String getGradedOn() {
        return gradedOn;
    }
}
