package dev.northstar.okr.ui;

import java.util.List;

/**
 * An objective with its key results, in a tree (depth 0 = a root, indented by depth) or on its own. Immutable; every
 * text is plain: the template engine escapes it.
 */
public final class ObjectiveRow {
    private final int depth;
    private final int indent;
    private final String levelLabel;
    private final String key;
    private final String url;
    private final String title;
    private final String owner;
    private final String hiddenText;
    private final String commitmentLabel;
    private final String commitmentCss;
    private final ProgressView progress;
    private final PaceLozenge pace;
    private final List<KeyResultRow> keyResults;
    private final String hiddenKeyResultsText;
    private final TrendChart chart;
    private final List<String> warnings;
    private final GradeView grade;

    public ObjectiveRow(
            int depth, int indent, String levelLabel, String key, String url, String title, String owner,
            String hiddenText, String commitmentLabel, String commitmentCss, ProgressView progress, PaceLozenge pace,
            List<KeyResultRow> keyResults, String hiddenKeyResultsText, TrendChart chart, List<String> warnings) {
        this.depth = depth;
        this.indent = indent;
        this.levelLabel = levelLabel;
        this.key = key;
        this.url = url;
        this.title = title;
        this.owner = owner;
        this.hiddenText = hiddenText;
        this.commitmentLabel = commitmentLabel;
        this.commitmentCss = commitmentCss;
        this.progress = progress;
        this.pace = pace;
        this.keyResults = List.copyOf(keyResults);
        this.hiddenKeyResultsText = hiddenKeyResultsText;
        this.chart = chart;
        this.warnings = List.copyOf(warnings);
        this.grade = null;
    }

    /** The same row with the grade its objective was given at its cycle's close. */
    private ObjectiveRow(ObjectiveRow row, GradeView grade) {
        this.depth = row.depth;
        this.indent = row.indent;
        this.levelLabel = row.levelLabel;
        this.key = row.key;
        this.url = row.url;
        this.title = row.title;
        this.owner = row.owner;
        this.hiddenText = row.hiddenText;
        this.commitmentLabel = row.commitmentLabel;
        this.commitmentCss = row.commitmentCss;
        this.progress = row.progress;
        this.pace = row.pace;
        this.keyResults = row.keyResults;
        this.hiddenKeyResultsText = row.hiddenKeyResultsText;
        this.chart = row.chart;
        this.warnings = row.warnings;
        this.grade = grade;
    }

    ObjectiveRow withGrade(GradeView given) {
        return new ObjectiveRow(this, given);
    }

    /** 0 for a root */
    public int getDepth() {
        return depth;
    }

    /** Left indent in pixels */
    public int getIndent() {
        return indent;
    }

    /**
     * The level the objective is set at, as its owner names it ("Company", "Web shop team", "Ana"): the owner label
     * says whose objective it is; its place in the tree does not (an objective aligned to one in another cycle is a
     * root here, not a company objective). Null without an owner.
     */
    public String getLevelLabel() {
        return levelLabel;
    }

    /** Issue key; null when hidden */
    public String getKey() {
        return key;
    }

    /** Link; null when hidden */
    public String getUrl() {
        return url;
    }

    /** Summary; null when hidden */
    public String getTitle() {
        return title;
    }

    /** Owner label; null when none */
    public String getOwner() {
        return owner;
    }

    /** Set for an objective the caller may not see but whose aligned children they may */
    public String getHiddenText() {
        return hiddenText;
    }

    /** Committed or Aspirational */
    public String getCommitmentLabel() {
        return commitmentLabel;
    }

    /** AUI lozenge modifier */
    public String getCommitmentCss() {
        return commitmentCss;
    }

    /** Roll-up */
    public ProgressView getProgress() {
        return progress;
    }

    /** Pace; null when hidden */
    public PaceLozenge getPace() {
        return pace;
    }

    /** Key results the caller may see, focus metric first */
    public List<KeyResultRow> getKeyResults() {
        return keyResults;
    }

    /** Hidden key results counted; else null */
    public String getHiddenKeyResultsText() {
        return hiddenKeyResultsText;
    }

    /** Progress over the cycle; null when not drawn */
    public TrendChart getChart() {
        return chart;
    }

    /** E.g. too many key results */
    public List<String> getWarnings() {
        return warnings;
    }

    /** The grade given at its cycle's close; null while not graded (or the cycle is open) */
    public GradeView getGrade() {
        return grade;
    }
}
