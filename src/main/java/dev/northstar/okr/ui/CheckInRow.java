package dev.northstar.okr.ui;

/**
 * One weekly check-in. Immutable; every text is plain: the template engine escapes it.
 */
public final class CheckInRow {
    private final String date;
    private final int confidence;
    private final String note;
    private final String changeText;

    public CheckInRow(String date, int confidence, String note, String changeText) {
        this.date = date;
        this.confidence = confidence;
        this.note = note;
        this.changeText = changeText;
    }

    /** When */
    public String getDate() {
        return date;
    }

    /** 1 to 10 */
    public int getConfidence() {
        return confidence;
    }

    /** Why it moved, may be empty */
    public String getNote() {
        return note;
    }

    /** Change from the previous check-in, "+1" or "-2"; null for the first */
    public String getChangeText() {
        return changeText;
    }
}
