package dev.northstar.okr.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.history.ChangeItemBean;
import dev.northstar.okr.domain.Sprint;
import dev.northstar.okr.host.OkrCache;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The entries of {@link IssueRecords} an issue event makes stale, worked out from the event's issue alone (Jira
 * publishes it only on the node where the change happened, and no node keeps an index from issues to entries), and
 * dropped with one remove each, which the invalidation-replicated cache sends to every node.
 */
final class StaleEntries {
    private final JiraFields fields;
    private final OkrCache cache;

    StaleEntries(JiraFields fields, OkrCache cache) {
        this.fields = fields;
        this.cache = cache;
    }

    /**
     * Drops what an issue event makes stale, on every node: the issue's own entry, and the children of its epic (or
     * parent) and the issues of its sprints, now and before the change (before: as this node cached the issue, and as
     * the event's change items say). Nothing else: an edit elsewhere drops nothing another view uses.
     *
     * @param sprintField the sprint field in force, to tell the sprints the issue is in now; null when there is none
     */
    void forget(Issue issue, String key, Collection<ChangeItemBean> items, String sprintField) {
        Set<String> drop = new LinkedHashSet<>();
        drop.add(IssueRecords.ISSUE + key);
        if (issue != null) {
            String epicLink = fields.epicLinkFieldId();
            CustomField epicField = epicLink == null ? null : fields.field(epicLink);
            String epic = epicField == null ? null : JiraIssueFacts.epicKeyIn(issue, epicField);
            if (epic != null) {
                drop.add(IssueRecords.CHILDREN + epic);
            }
            String parent = JiraIssueFacts.keyOf(issue.getParentObject());
            if (parent != null) {
                drop.add(IssueRecords.CHILDREN + parent);
            }
            CustomField sprints = sprintField == null ? null : fields.field(sprintField);
            if (sprints != null) {
                SprintValues.read(issue.getCustomFieldValue(sprints)).forEach(s -> drop.add(IssueRecords.SPRINT + s.id()));
            }
        }
        cache.peek(IssueRecords.ISSUE + key, IssueRecord.class).filter(IssueRecord::exists).ifPresent(before -> {
            if (before.core().parentKey() != null) {
                drop.add(IssueRecords.CHILDREN + before.core().parentKey());
            }
            before.values().forEach((role, value) -> {
                if (role.startsWith("E:") && value instanceof String epic) {
                    drop.add(IssueRecords.CHILDREN + epic);
                } else if (role.startsWith("S:") && value instanceof List<?> list) {
                    list.forEach(s -> drop.add(IssueRecords.SPRINT + ((Sprint) s).id()));
                }
            });
        });
        for (ChangeItemBean item : items) {
            String field = item.getField() == null ? "" : item.getField().toLowerCase(Locale.ROOT);
            if (field.equals("epic link") || field.equals("parent") || field.equals("parent issue")) {
                for (String text : new String[] {item.getFromString(), item.getFrom()}) {
                    if (JqlPages.isIssueKey(text)) {
                        drop.add(IssueRecords.CHILDREN + text);
                    }
                }
            } else if (field.equals("sprint") && item.getFrom() != null) {
                for (String id : item.getFrom().split(",")) {
                    if (id.trim().matches("[0-9]{1,9}")) {
                        drop.add(IssueRecords.SPRINT + id.trim());
                    }
                }
            }
        }
        drop.forEach(cache::invalidate);
    }

}
