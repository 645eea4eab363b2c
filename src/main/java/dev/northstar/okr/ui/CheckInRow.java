package dev.northstar.okr.ui;

/**
 * One weekly check-in. Immutable; every text is plain: the template engine escapes it.
 */
public final class CheckInRow {
    private final String date;
    private final int confidence;
    private final String note;
    private final String changeText;
    private final String author;
    private final String valueText;

    public CheckInRow(String date, int confidence, String note, String changeText, String author, String valueText) {
        this.date = date;
        this.confidence = confidence;
        this.note = note;
        this.changeText = changeText;
        this.author = author;
        this.valueText = valueText;
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

    /** Who checked in: the name Jira shows for them (their user key when Jira no longer knows them) */
    public String getAuthor() {
        return author;
    }

    /** The metric's value reported with it, with its unit; "-" when none was */
    public String getValueText() {
        return valueText;
    }
}
