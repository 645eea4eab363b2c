package dev.northstar.okr.ui;

import java.util.List;

/**
 * The key result's initiatives, with what is hidden counted, never named. Immutable; every text is plain: the
 * template engine escapes it.
 */
public final class InitiativeList {
    private final List<InitiativeRow> rows;
    private final String emptyText;
    private final String hiddenText;
    private final String orphansText;
    private final String rankText;

    public InitiativeList(List<InitiativeRow> rows, String emptyText, String hiddenText, String orphansText) {
        this(rows, emptyText, hiddenText, orphansText, null);
    }

    public InitiativeList(List<InitiativeRow> rows, String emptyText, String hiddenText, String orphansText,
                          String rankText) {
        this.rankText = rankText;
        this.rows = List.copyOf(rows);
        this.emptyText = emptyText;
        this.hiddenText = hiddenText;
        this.orphansText = orphansText;
    }

    /** The same list with these rows (the same initiatives, with more controls). */
    InitiativeList withRows(List<InitiativeRow> newRows) {
        return new InitiativeList(newRows, emptyText, hiddenText, orphansText, rankText);
    }

    /** Initiatives the caller may see */
    public List<InitiativeRow> getRows() {
        return rows;
    }

    /** Set when the key result has no initiative; else null */
    public String getEmptyText() {
        return emptyText;
    }

    /** Initiatives the caller may not see, counted; else null */
    public String getHiddenText() {
        return hiddenText;
    }

    /** Rated initiatives no longer linked; else null */
    public String getOrphansText() {
        return orphansText;
    }

    /** How the rows are ranked, when there are several; else null */
    public String getRankText() {
        return rankText;
    }
}
