package dev.northstar.okr.local.export;

import dev.northstar.okr.domain.IssueTable;
import dev.northstar.okr.domain.Sprint;
import java.util.List;
import java.util.Map;

/**
 * What was read from an issue export: the table, the sprints seen inside issues (with their dates), and
 * notes about fields that were looked up.
 */
public record IssueExport(IssueTable table, Map<Integer, Sprint> sprints, List<String> notes) {
    public IssueExport {
        sprints = Map.copyOf(sprints);
        notes = List.copyOf(notes);
    }
}
