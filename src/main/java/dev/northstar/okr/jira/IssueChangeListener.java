package dev.northstar.okr.jira;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueChangedEvent;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import dev.northstar.okr.host.IssueMoves;
import dev.northstar.okr.host.OkrCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the app in step with changes to Jira's issues: clears the app's cache when an issue changes, and tells
 * every {@link IssueMoves} when an issue is moved to another project (and so gets a new key).
 *
 * <p>Why the whole cache, not only the entries touching the changed issue: a KR's progress depends on issues
 * reached through links, sub-tasks and JQL, so which entries an issue touches is not known without an index from
 * issues to entries. An index kept on each node would miss entries held by other nodes (Jira publishes an issue
 * event only on the node where the change happened), and a shared one would cost a database write per cache load.
 * Clearing an invalidation-replicated cache reaches every node with one message. The price is a lower hit rate
 * in busy instances; comment and work log events are skipped because they change no OKR figure.
 *
 * <p>Registered with Jira's event publisher when the component is created and unregistered when it is destroyed
 * (plugin disabled or updated), so no stale listener of an old version keeps receiving events.
 */
public class IssueChangeListener {
    private static final Logger LOG = LoggerFactory.getLogger(IssueChangeListener.class);
    /** The change history field Jira records an issue's old and new key under when it moves the issue. */
    static final String KEY_FIELD = "Key";
    /** Comments and work logs: progress, pace and links stay as they were. */
    private static final Set<Long> NO_OKR_FIGURE = Set.of(EventType.ISSUE_COMMENTED_ID,
            EventType.ISSUE_COMMENT_EDITED_ID, EventType.ISSUE_COMMENT_DELETED_ID, EventType.ISSUE_WORKLOGGED_ID,
            EventType.ISSUE_WORKLOG_UPDATED_ID, EventType.ISSUE_WORKLOG_DELETED_ID);

    private final EventPublisher events;
    private final OkrCache cache;
    private final ChangeHistoryManager history;
    private final List<IssueMoves> moves;

    public IssueChangeListener(EventPublisher events, OkrCache cache, ChangeHistoryManager history,
                               List<IssueMoves> moves) {
        this.events = events;
        this.cache = cache;
        this.history = history;
        this.moves = List.copyOf(moves);
    }

    public void register() {
        events.register(this);
    }

    public void unregister() {
        events.unregister(this);
    }

    /** Every issue operation (create, edit, transition, move, delete...) publishes one of these. */
    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Long type = event.getEventTypeId();
        if (changesNoOkrFigure(type)) {
            return;
        }
        clearCache();
        if (EventType.ISSUE_MOVED_ID.equals(type)) {
            moved(event.getIssue());
        }
    }

    /**
     * Jira 11 also publishes one of these per issue update, bulk changes included. A comment alone comes with no
     * change items and is skipped, as above.
     */
    @EventListener
    public void onIssueChanged(IssueChangedEvent event) {
        if (!event.getChangeItems().isEmpty()) {
            clearCache();
        }
    }

    private static boolean changesNoOkrFigure(Long type) {
        return type != null && NO_OKR_FIGURE.contains(type);
    }

    private void clearCache() {
        try {
            cache.clear();
        } catch (RuntimeException failed) {
            // Never fail the user's issue operation over the cache; entries still expire on their own.
            LOG.warn("Northstar OKR could not clear its cache after an issue change", failed);
        }
    }

    private void moved(Issue issue) {
        String newKey = issue.getKey();
        Optional<String> oldKey = previousKey(issue, newKey);
        if (oldKey.isEmpty()) {
            LOG.warn("Northstar OKR: issue {} was moved but its previous key is not in its history", newKey);
            return;
        }
        for (IssueMoves store : moves) {
            try {
                store.rename(oldKey.get(), newKey);
            } catch (RuntimeException failed) {
                LOG.error("Northstar OKR could not re-key {} to {} in {}", oldKey.get(), newKey,
                        store.getClass().getName(), failed);
            }
        }
    }

    /** The key the issue had before its latest move: the newest "Key" change that ends at the current key. */
    private Optional<String> previousKey(Issue issue, String newKey) {
        List<ChangeItemBean> keyChanges = history.getChangeItemsForField(issue, KEY_FIELD);
        for (int i = keyChanges.size() - 1; i >= 0; i--) {
            ChangeItemBean change = keyChanges.get(i);
            if (newKey.equals(change.getToString()) && change.getFromString() != null
                    && !newKey.equals(change.getFromString())) {
                return Optional.of(change.getFromString());
            }
        }
        return Optional.empty();
    }
}
