package dev.northstar.okr.ui;

import java.util.List;

/**
 * How an objective's progress is made: its weighted terms and the sum of weights. Immutable; every text is plain:
 * the template engine escapes it.
 */
public final class Rollup {
    private final List<TermRow> terms;
    private final String sumText;
    private final String formula;

    public Rollup(List<TermRow> terms, String sumText, String formula) {
        this.terms = List.copyOf(terms);
        this.sumText = sumText;
        this.formula = formula;
    }

    /** Terms */
    public List<TermRow> getTerms() {
        return terms;
    }

    /** "Weights sum to 2" */
    public String getSumText() {
        return sumText;
    }

    /** The roll-up formula */
    public String getFormula() {
        return formula;
    }
}
