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
import org.junit.Test;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The issue listener: cache cleared on changes that matter, stored keys followed when an issue moves. */
public class IssueChangeListenerTest {
    private final EventPublisher events = mock(EventPublisher.class);
    private final OkrCache cache = mock(OkrCache.class);
    private final ChangeHistoryManager history = mock(ChangeHistoryManager.class);
    private final List<String> renamed = new ArrayList<>();
    private final IssueMoves checkIns = (from, to) -> renamed.add("check-ins " + from + "->" + to);
    private final IssueMoves ratings = (from, to) -> renamed.add("ratings " + from + "->" + to);
    private final IssueChangeListener listener = new IssueChangeListener(events, cache, history,
            List.of(checkIns, ratings));

    @Test
    public void shouldRegisterAndUnregisterItselfWithJirasEventPublisher() {
        listener.register();
        verify(events).register(listener);
        listener.unregister();
        verify(events).unregister(listener);
    }

    @Test
    public void shouldMarkItsHandlersForTheEventPublisher() throws Exception {
        // Jira finds handlers by this runtime annotation on public one-argument methods.
        Method onIssueEvent = IssueChangeListener.class.getMethod("onIssueEvent", IssueEvent.class);
        Method onIssueChanged = IssueChangeListener.class.getMethod("onIssueChanged", IssueChangedEvent.class);
        assertTrue(onIssueEvent.isAnnotationPresent(EventListener.class));
        assertTrue(onIssueChanged.isAnnotationPresent(EventListener.class));
    }

    @Test
    public void shouldClearTheCacheWhenAnIssueIsCreatedEditedOrDeleted() {
        listener.onIssueEvent(event(issue("ABC-1"), 1L));
        listener.onIssueEvent(event(issue("ABC-1"), 2L));
        listener.onIssueEvent(event(issue("ABC-1"), 8L));

        verify(cache, times(3)).clear();
        assertTrue(renamed.isEmpty());
    }

    @Test
    public void shouldLeaveTheCacheAloneForCommentsAndWorkLogs() {
        for (Long type : List.of(EventType.ISSUE_COMMENTED_ID, EventType.ISSUE_COMMENT_EDITED_ID,
                EventType.ISSUE_COMMENT_DELETED_ID, EventType.ISSUE_WORKLOGGED_ID,
                EventType.ISSUE_WORKLOG_UPDATED_ID, EventType.ISSUE_WORKLOG_DELETED_ID)) {
            listener.onIssueEvent(event(issue("ABC-1"), type));
        }
        verify(cache, never()).clear();
    }

    @Test
    public void shouldReKeyStoredDataWhenAnIssueMovesToAnotherProject() {
        Issue moved = issue("NEW-5");
        List<ChangeItemBean> keyChanges = List.of(keyChange("OLD-1", "MID-3"), keyChange("MID-3", "NEW-5"));
        when(history.getChangeItemsForField(moved, "Key")).thenReturn(keyChanges);

        listener.onIssueEvent(event(moved, EventType.ISSUE_MOVED_ID));

        assertEquals(List.of("check-ins MID-3->NEW-5", "ratings MID-3->NEW-5"), renamed);
        verify(cache).clear();
    }

    @Test
    public void shouldNotGuessWhenTheHistoryHasNoKeyChange() {
        Issue moved = issue("NEW-5");
        when(history.getChangeItemsForField(moved, "Key")).thenReturn(List.of());

        listener.onIssueEvent(event(moved, EventType.ISSUE_MOVED_ID));

        assertTrue(renamed.isEmpty());
        verify(cache).clear();
    }

    @Test
    public void shouldTellEveryStoreEvenWhenOneFails() {
        IssueMoves broken = (from, to) -> {
            throw new IllegalStateException("database down");
        };
        IssueChangeListener withBroken = new IssueChangeListener(events, cache, history, List.of(broken, ratings));
        Issue moved = issue("NEW-5");
        List<ChangeItemBean> keyChanges = List.of(keyChange("OLD-1", "NEW-5"));
        when(history.getChangeItemsForField(moved, "Key")).thenReturn(keyChanges);

        withBroken.onIssueEvent(event(moved, EventType.ISSUE_MOVED_ID));

        assertEquals(List.of("ratings OLD-1->NEW-5"), renamed);
    }

    @Test
    public void shouldNeverFailTheUsersIssueOperationOverTheCache() {
        doThrow(new IllegalStateException("cluster cache down")).when(cache).clear();

        // Neither call throws: the failure is logged, and the entries expire on their own.
        listener.onIssueEvent(event(issue("ABC-1"), 2L));
        listener.onIssueChanged(changed(List.of(keyChange("A", "B"))));

        verify(cache, times(2)).clear();
    }

    @Test
    public void shouldClearTheCacheForAnIssueChangeWithChangeItemsOnly() {
        listener.onIssueChanged(changed(List.of()));
        verify(cache, never()).clear();

        listener.onIssueChanged(changed(List.of(keyChange("a", "b"))));
        verify(cache).clear();
    }

    private static IssueEvent event(Issue issue, Long type) {
        return new IssueEvent(issue, Map.of(), null, type);
    }

    private static IssueChangedEvent changed(List<ChangeItemBean> items) {
        IssueChangedEvent event = mock(IssueChangedEvent.class);
        when(event.getChangeItems()).thenReturn(items);
        return event;
    }

    private static ChangeItemBean keyChange(String from, String to) {
        return new ChangeItemBean("jira", "Key", null, from, null, to);
    }

    private static Issue issue(String key) {
        Issue issue = mock(Issue.class, key);
        when(issue.getKey()).thenReturn(key);
        return issue;
    }
}
