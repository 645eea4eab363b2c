package dev.northstar.okr.ui;

import java.util.List;

/**
 * What Jira already knows since the last check-in, shown in the check-in form: a heading, one line per fact, and the
 * same facts as plain text for the note (one click puts them there). Immutable; every text is plain: the template
 * engine escapes it.
 */
public final class CheckInPrefill {
    private final String heading;
    private final List<Line> lines;
    private final String noteText;

    public CheckInPrefill(String heading, List<Line> lines, String noteText) {
        this.heading = heading;
        this.lines = List.copyOf(lines);
        this.noteText = noteText;
    }

    /** "Since the last check-in on Aug 8, 2015 (confidence 4, by Lee Lead)" */
    public String getHeading() {
        return heading;
    }

    /** Progress, completed issues, issues in and out of scope */
    public List<Line> getLines() {
        return lines;
    }

    /** The heading and lines as text, one per line, for the note */
    public String getNoteText() {
        return noteText;
    }

    /** One fact: its words, the issues it names (links), and how many more it does not name. */
    public static final class Line {
        private final String text;
        private final List<IssueRef> issues;
        private final String moreText;
        private final boolean muted;

        public Line(String text, List<IssueRef> issues, String moreText, boolean muted) {
            this.text = text;
            this.issues = issues == null || issues.isEmpty() ? null : List.copyOf(issues);
            this.moreText = moreText;
            this.muted = muted;
        }

        /** "2 issues completed" */
        public String getText() {
            return text;
        }

        /** The issues named, as links; null when none is */
        public List<IssueRef> getIssues() {
            return issues;
        }

        /** "and 1 you cannot see"; null when every issue is named */
        public String getMoreText() {
            return moreText;
        }

        /** Said in passing (what is not known yet) */
        public boolean isMuted() {
            return muted;
        }
    }
}
