package dev.northstar.okr.ui;

/**
 * One objective or key result on the grading page: what it is, the score the app suggests (its progress at the
 * cycle's end, capped to 0.0 to 1.0), what is expected of it (committed or aspirational), its grade so far, and the
 * form to grade it for its editors. Immutable; every text is plain: the template engine escapes it.
 */
public final class GradingRow {
    private final Item item;
    private final Suggestion suggestion;
    private final Given given;

    /** What is graded: an objective or a key result (indented under its objective), its owner and commitment. */
    public record Item(String kindLabel, String kindCss, String key, String url, String title, int indent,
                       String owner, String commitmentLabel, String commitmentCss, String expectation) {
    }

    /** The suggested score ("0.72") and its source ("72% at the cycle's end"); both null with an error instead. */
    public record Suggestion(String score, String detail, String error) {
    }

    /**
     * The grade so far ({@code statusText}: graded or not yet) and the form: the REST path to grade it (null for a
     * viewer who may not edit the issue, who reads {@code readOnlyText} instead), the score and note it starts with.
     */
    public record Given(String statusText, String statusCss, String note, String putPath, String scoreValue,
                        String noteValue, String readOnlyText) {
    }

    public GradingRow(Item item, Suggestion suggestion, Given given) {
        this.item = item;
        this.suggestion = suggestion;
        this.given = given;
    }

    /** "Objective" or "Key result" */
    public String getKindLabel() {
        return item.kindLabel();
    }

    /** AUI lozenge modifier of the kind */
    public String getKindCss() {
        return item.kindCss();
    }

    /** Issue key */
    public String getKey() {
        return item.key();
    }

    /** Link to the issue */
    public String getUrl() {
        return item.url();
    }

    /** Summary */
    public String getTitle() {
        return item.title();
    }

    /** Left indent in pixels: key results sit under their objective, aligned objectives under theirs */
    public int getIndent() {
        return item.indent();
    }

    /** The owner label (company, team or person); null without one */
    public String getOwner() {
        return item.owner();
    }

    /** Committed or aspirational */
    public String getCommitmentLabel() {
        return item.commitmentLabel();
    }

    /** AUI lozenge modifier */
    public String getCommitmentCss() {
        return item.commitmentCss();
    }

    /** What is expected: 1.0 for a committed OKR, 0.6 to 0.7 for an aspirational one */
    public String getExpectation() {
        return item.expectation();
    }

    /** The suggested score; null when it cannot be measured */
    public String getSuggestion() {
        return suggestion.score();
    }

    /** Where the suggestion comes from (the honest progress, which may pass 100%) */
    public String getSuggestionDetail() {
        return suggestion.detail();
    }

    /** Why there is no suggestion (a configuration problem, translated); else null */
    public String getError() {
        return suggestion.error();
    }

    /** "Graded 0.7 on Apr 2, 2026" or "Not graded yet" */
    public String getStatusText() {
        return given.statusText();
    }

    /** The status's look: {@code okr-graded} or {@code okr-not-graded} */
    public String getStatusCss() {
        return given.statusCss();
    }

    /** The note given with the grade, for viewers without the form; else null */
    public String getNote() {
        return given.note();
    }

    /** {@code PUT /cycles/{id}/grades/{key}}: null unless the viewer may edit the issue */
    public String getPutPath() {
        return given.putPath();
    }

    /** The score field's value: the grade given, else the suggestion */
    public String getScoreValue() {
        return given.scoreValue();
    }

    /** The note field's value: the note given, else empty */
    public String getNoteValue() {
        return given.noteValue();
    }

    /** Why there is no form (only the editors grade it); else null */
    public String getReadOnlyText() {
        return given.readOnlyText();
    }
}
