package dev.northstar.okr.reading;

import dev.northstar.okr.domain.IssueTable;
import dev.northstar.okr.progress.Scope;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one caller may browse among the keys a view may name. Figures count every issue in scope; a key the caller
 * may not browse (or one no read asked about) is hidden: counted where the view counts, never named in a list or
 * note.
 */
final class Visibility {
    private static final Pattern ISSUE_KEY = Pattern.compile("\\b[A-Z][A-Z0-9_]*-[0-9]+\\b");

    private final Set<String> browsable;
    /** The table whose rows {@link #hiddenRows} tells, if any: a scope's hidden issues are then counted by row. */
    private final IssueTable table;
    private final boolean[] hiddenRows;

    Visibility(Set<String> browsable) {
        this(browsable, null, null);
    }

    private Visibility(Set<String> browsable, IssueTable table, boolean[] hiddenRows) {
        this.browsable = browsable;
        this.table = table;
        this.hiddenRows = hiddenRows;
    }

    /** The same visibility, with each row of {@code table} known as hidden or not (from {@link TableMemo}). */
    Visibility over(IssueTable table, TableMemo tables) {
        return new Visibility(browsable, table, tables.hiddenRows(table, browsable));
    }

    boolean hidden(String key) {
        return !browsable.contains(key);
    }

    boolean browsable(String key) {
        return browsable.contains(key);
    }

    /** The keys the caller may browse, in their order. */
    List<String> visible(List<String> keys) {
        return keys.stream().filter(k -> !hidden(k)).toList();
    }

    /** The issues of a scope that the caller may not browse (rows no longer present are not counted). */
    int hiddenIn(Scope scope, IssueTable table) {
        int hidden = 0;
        for (int i = 0; i < scope.size(); i++) {
            int row = scope.row(i);
            if (table == this.table ? hiddenRows[row] : table.present(row) && hidden(table.key(row))) {
                hidden++;
            }
        }
        return hidden;
    }

    /** The notes, without any that names an issue the caller may not browse. */
    List<String> visibleNotes(Collection<String> notes) {
        List<String> visible = new ArrayList<>();
        for (String note : notes) {
            Matcher keys = ISSUE_KEY.matcher(note);
            boolean names = false;
            while (keys.find()) {
                names |= hidden(keys.group());
            }
            if (!names) {
                visible.add(note);
            }
        }
        return visible;
    }
}
