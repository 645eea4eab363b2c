package dev.northstar.okr.ui;

/**
 * A progress figure ready to show: the honest percentage, the bar (capped at 100) coloured by pace, and what it is
 * made of. Immutable; every text is plain: the template engine escapes it.
 */
public final class ProgressView {
    private final String percent;
    private final int bar;
    private final String value;
    private final boolean overTarget;
    private final String figure;
    private final String formula;
    private final String barCss;

    public ProgressView(String percent, int bar, String value, boolean overTarget, String figure, String formula,
                        String barCss) {
        this.percent = percent;
        this.bar = bar;
        this.value = value;
        this.overTarget = overTarget;
        this.figure = figure;
        this.formula = formula;
        this.barCss = barCss;
    }

    /** "62%"; may exceed 100% for an overachieved key result */
    public String getPercent() {
        return percent;
    }

    /** Bar width in percent, 0 to 100 */
    public int getBar() {
        return bar;
    }

    /** The bar as a fraction "0.62", for AUI's data-value */
    public String getValue() {
        return value;
    }

    /** Progress above 100%: shown honestly, capped when rolled up */
    public boolean isOverTarget() {
        return overTarget;
    }

    /** What the figure counts, e.g. "3 of 4 issues done"; null when there is nothing to add */
    public String getFigure() {
        return figure;
    }

    /** The formula used, translated; null when none applies */
    public String getFormula() {
        return formula;
    }

    /**
     * The bar's colour class: okr-pace-on-track, -at-risk, -off-track, -just-started or -not-started by the pace of
     * what it measures; okr-pace-none for a share that has no pace (a sprint's alignment, an initiative's issues)
     */
    public String getBarCss() {
        return barCss;
    }
}
