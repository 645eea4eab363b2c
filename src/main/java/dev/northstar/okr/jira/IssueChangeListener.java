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
import dev.northstar.okr.reading.FieldChoice;
import dev.northstar.okr.reading.OkrReadService;
import dev.northstar.okr.settings.SettingsService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the app in step with changes to Jira's issues: drops the cache entries an issue change makes stale, and tells
 * every {@link IssueMoves} when an issue is moved to another project (and so gets a new key).
 *
 * <p>Only the entries the changed issue touches are dropped, each with one remove that the invalidation-replicated
 * cache sends to every node: the issue's own facts, the children of its epic or parent and the issues of its sprints
 * as the issue is now (and as it was, as far as this node cached it and the change items say), and what the read
 * service shares about it (its links and the links' other ends). No index from issues to entries is kept: Jira
 * publishes an issue event only on the node where the change happened, so every entry to drop is worked out from the
 * event's issue itself. A membership entry left naming an issue that moved away is harmless (a read keeps a candidate
 * only if the candidate's own entry still names the initiative or sprint). What cannot be told from one issue, which
 * issues a key result's own JQL finds and who may see an issue, is kept a short while instead. An edit to an issue
 * outside every view drops nothing. Comment and work log events are skipped because they change no OKR figure.
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
    private final ChangeHistoryManager history;
    private final List<IssueMoves> moves;
    private final JiraIssueFacts facts;
    private final OkrReadService reads;
    private final SettingsService settings;

    public IssueChangeListener(EventPublisher events, ChangeHistoryManager history, List<IssueMoves> moves,
                               JiraIssueFacts facts, OkrReadService reads, SettingsService settings) {
        this.events = events;
        this.history = history;
        this.moves = List.copyOf(moves);
        this.facts = facts;
        this.reads = reads;
        this.settings = settings;
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
        Issue issue = event.getIssue();
        forget(issue, List.of());
        if (EventType.ISSUE_MOVED_ID.equals(type)) {
            reads.forgetVisibility(); // another project: other people may see it
            moved(issue);
        }
    }

    /**
     * Jira 11 also publishes one of these per issue update, bulk changes included. A comment alone comes with no
     * change items and is skipped, as above.
     */
    @EventListener
    public void onIssueChanged(IssueChangedEvent event) {
        if (!event.getChangeItems().isEmpty()) {
            forget(event.getIssue(), event.getChangeItems());
            if (changesWhoMaySee(event.getChangeItems())) {
                reads.forgetVisibility();
            }
        }
    }

    /** Whether a change item moves the issue under another security level or into another project. */
    static boolean changesWhoMaySee(Collection<ChangeItemBean> items) {
        return items.stream().map(ChangeItemBean::getField).filter(f -> f != null)
                .map(f -> f.toLowerCase(Locale.ROOT))
                .anyMatch(f -> f.equals("security") || f.equals("project") || f.equals("key"));
    }

    private static boolean changesNoOkrFigure(Long type) {
        return type != null && NO_OKR_FIGURE.contains(type);
    }

    /** Drops what the issue's change makes stale, under its key (and, for a move, its old key). */
    private void forget(Issue issue, Collection<ChangeItemBean> items) {
        if (issue == null || issue.getKey() == null) {
            return;
        }
        forget(issue, issue.getKey(), items);
    }

    private void forget(Issue issue, String key, Collection<ChangeItemBean> items) {
        try {
            String sprintField = sprintField();
            facts.forget(issue, key, items, sprintField);
            reads.forgetIssue(key, linked(items));
        } catch (RuntimeException failed) {
            // Never fail the user's issue operation over the cache; entries still expire on their own.
            LOG.warn("Northstar OKR could not drop its cache entries for {} after an issue change", key, failed);
        }
    }

    /** The sprint field in force (the admin's choice or the one named "Sprint"), or null. */
    private String sprintField() {
        FieldChoice choice = facts.sprintField(settings.current().sprintField());
        return choice.ok() ? choice.id() : null;
    }

    /** Issues a link change item names at its ends (Jira records a link under the field "Link"). */
    private static Set<String> linked(Collection<ChangeItemBean> items) {
        Set<String> keys = new LinkedHashSet<>();
        for (ChangeItemBean item : items) {
            if (item.getField() != null && item.getField().toLowerCase(Locale.ROOT).equals("link")) {
                for (String text : new String[] {item.getFrom(), item.getTo()}) {
                    if (JqlPages.isIssueKey(text)) {
                        keys.add(text);
                    }
                }
            }
        }
        return keys;
    }

    private void moved(Issue issue) {
        String newKey = issue.getKey();
        Optional<String> oldKey = previousKey(issue, newKey);
        if (oldKey.isEmpty()) {
            LOG.warn("Northstar OKR: issue {} was moved but its previous key is not in its history", newKey);
            return;
        }
        forget(null, oldKey.get(), List.of());
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
