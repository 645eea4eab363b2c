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
import dev.northstar.okr.settings.AppSettings;
import dev.northstar.okr.settings.SettingsService;
import org.junit.Test;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The issue listener: on a change that matters, the changed issue's own entries are forgotten (never the whole
 * cache; which entries, {@code ReadCacheTest} shows over the real adapters), and stored keys follow an issue that moves.
 */
public class IssueChangeListenerTest {
    private static final String SPRINT_FIELD = "customfield_10100";
    private final EventPublisher events = mock(EventPublisher.class);
    private final ChangeHistoryManager history = mock(ChangeHistoryManager.class);
    private final JiraIssueFacts facts = mock(JiraIssueFacts.class);
    private final OkrReadService reads = mock(OkrReadService.class);
    private final SettingsService settings = mock(SettingsService.class);
    private final List<String> renamed = new ArrayList<>();
    private final IssueMoves checkIns = (from, to) -> renamed.add("check-ins " + from + "->" + to);
    private final IssueMoves ratings = (from, to) -> renamed.add("ratings " + from + "->" + to);
    private final IssueChangeListener listener = listener(List.of(checkIns, ratings));

    private IssueChangeListener listener(List<IssueMoves> moves) {
        when(settings.current()).thenReturn(AppSettings.DEFAULTS);
        when(facts.sprintField(any())).thenReturn(FieldChoice.found(SPRINT_FIELD, "Sprint"));
        return new IssueChangeListener(events, history, moves, facts, reads, settings);
    }

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
    public void shouldForgetTheIssueWhenItIsCreatedEditedOrDeleted() {
        Issue issue = issue("ABC-1");
        listener.onIssueEvent(event(issue, 1L));
        listener.onIssueEvent(event(issue, 2L));
        listener.onIssueEvent(event(issue, 8L));

        verify(facts, times(3)).forget(issue, "ABC-1", List.of(), SPRINT_FIELD);
        verify(reads, times(3)).forgetIssue("ABC-1", Set.of());
        assertTrue(renamed.isEmpty());
    }

    @Test
    public void shouldLeaveTheCacheAloneForCommentsAndWorkLogs() {
        for (Long type : List.of(EventType.ISSUE_COMMENTED_ID, EventType.ISSUE_COMMENT_EDITED_ID,
                EventType.ISSUE_COMMENT_DELETED_ID, EventType.ISSUE_WORKLOGGED_ID,
                EventType.ISSUE_WORKLOG_UPDATED_ID, EventType.ISSUE_WORKLOG_DELETED_ID)) {
            listener.onIssueEvent(event(issue("ABC-1"), type));
        }
        verify(facts, never()).forget(any(), anyString(), anyCollection(), any());
        verify(reads, never()).forgetIssue(anyString(), anyCollection());
    }

    @Test
    public void shouldReKeyStoredDataWhenAnIssueMovesToAnotherProject() {
        Issue moved = issue("NEW-5");
        List<ChangeItemBean> keyChanges = List.of(keyChange("OLD-1", "MID-3"), keyChange("MID-3", "NEW-5"));
        when(history.getChangeItemsForField(moved, "Key")).thenReturn(keyChanges);

        listener.onIssueEvent(event(moved, EventType.ISSUE_MOVED_ID));

        assertEquals(List.of("check-ins MID-3->NEW-5", "ratings MID-3->NEW-5"), renamed);
        verify(facts).forget(moved, "NEW-5", List.of(), SPRINT_FIELD);
        verify(facts).forget(null, "MID-3", List.of(), SPRINT_FIELD);
        verify(reads).forgetIssue("MID-3", Set.of());
    }

    @Test
    public void shouldNotGuessWhenTheHistoryHasNoKeyChange() {
        Issue moved = issue("NEW-5");
        when(history.getChangeItemsForField(moved, "Key")).thenReturn(List.of());

        listener.onIssueEvent(event(moved, EventType.ISSUE_MOVED_ID));

        assertTrue(renamed.isEmpty());
        verify(facts).forget(moved, "NEW-5", List.of(), SPRINT_FIELD);
    }

    @Test
    public void shouldTellEveryStoreEvenWhenOneFails() {
        IssueMoves broken = (from, to) -> {
            throw new IllegalStateException("database down");
        };
        IssueChangeListener withBroken = listener(List.of(broken, ratings));
        Issue moved = issue("NEW-5");
        List<ChangeItemBean> keyChanges = List.of(keyChange("OLD-1", "NEW-5"));
        when(history.getChangeItemsForField(moved, "Key")).thenReturn(keyChanges);

        withBroken.onIssueEvent(event(moved, EventType.ISSUE_MOVED_ID));

        assertEquals(List.of("ratings OLD-1->NEW-5"), renamed);
    }

    @Test
    public void shouldNeverFailTheUsersIssueOperationOverTheCache() {
        doThrow(new IllegalStateException("cluster cache down")).when(facts)
                .forget(any(), anyString(), anyCollection(), any());

        // Neither call throws: the failure is logged, and the entries expire on their own.
        listener.onIssueEvent(event(issue("ABC-1"), 2L));
        listener.onIssueChanged(changed(List.of(keyChange("A", "B"))));

        verify(facts, times(2)).forget(any(), eq("ABC-1"), anyCollection(), eq(SPRINT_FIELD));
    }

    @Test
    public void shouldForgetForAnIssueChangeWithChangeItemsOnly() {
        listener.onIssueChanged(changed(List.of()));
        verify(facts, never()).forget(any(), anyString(), anyCollection(), any());

        List<ChangeItemBean> items = List.of(keyChange("a", "b"));
        listener.onIssueChanged(changed(items));
        verify(facts).forget(any(), eq("ABC-1"), eq(items), eq(SPRINT_FIELD));
    }

    @Test
    public void shouldForgetTheLinksAtBothEndsOfALinkChange() {
        ChangeItemBean link = new ChangeItemBean("jira", "Link", null, null, "ABC-7",
                "This issue drives ABC-7");
        listener.onIssueChanged(changed(List.of(link)));
        verify(reads).forgetIssue("ABC-1", Set.of("ABC-7"));
    }

    @Test
    public void shouldForgetWhoMaySeeWhatOnlyWhenAnIssuesSecurityOrProjectChanges() {
        listener.onIssueChanged(changed(List.of(new ChangeItemBean("jira", "summary", null, "old", null, "new"))));
        verify(reads, never()).forgetVisibility();
        listener.onIssueChanged(changed(List.of(new ChangeItemBean("jira", "security", null, null, "10000", "Staff"))));
        verify(reads, times(1)).forgetVisibility();
        listener.onIssueChanged(changed(List.of(new ChangeItemBean("jira", "project", "1", "AC", "2", "OPS"))));
        verify(reads, times(2)).forgetVisibility();
    }

    private static IssueEvent event(Issue issue, Long type) {
        return new IssueEvent(issue, Map.of(), null, type);
    }

    private static IssueChangedEvent changed(List<ChangeItemBean> items) {
        IssueChangedEvent event = mock(IssueChangedEvent.class);
        Issue issue = issue("ABC-1");
        when(event.getIssue()).thenReturn(issue);
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
