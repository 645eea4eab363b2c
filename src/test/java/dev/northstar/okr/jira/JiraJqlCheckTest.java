package dev.northstar.okr.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import dev.northstar.okr.keyresult.JqlCheck;
import org.junit.Test;

import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A key result's query previewed through Jira's own search service: parsed and validated as the current user, then
 * searched as that user (never with security overridden); what Jira says when it cannot run the query comes back as
 * Jira's words.
 */
public class JiraJqlCheckTest {
    private final SearchService search = mock(SearchService.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final ApplicationUser lead = mock(ApplicationUser.class);
    private final Query query = mock(Query.class);
    private final JiraJqlCheck check = new JiraJqlCheck(new JqlPages(search, authentication));

    /** Jira's messages about a query (none: it is fine). */
    private record Messages(Set<String> errors) implements MessageSet {
        @Override
        public boolean hasAnyErrors() {
            return !errors.isEmpty();
        }

        @Override
        public Set<String> getErrorMessages() {
            return errors;
        }
    }

    private static MessageSet messages(String... texts) {
        return new Messages(Set.of(texts));
    }

    private void accepted() {
        when(authentication.getLoggedInUser()).thenReturn(lead);
        when(search.parseQuery(lead, "project = TEAM")).thenReturn(new SearchService.ParseResult(query, messages()));
        when(search.validateQuery(lead, query)).thenReturn(messages());
    }

    @Test
    public void shouldCountWithTheCurrentUsersOwnSearchOnAOneIssuePage() throws Exception {
        accepted();
        @SuppressWarnings("unchecked")
        com.atlassian.jira.issue.search.SearchResults<com.atlassian.jira.issue.Issue> results =
                mock(com.atlassian.jira.issue.search.SearchResults.class);
        when(results.getTotal()).thenReturn(42);
        when(search.search(eq(lead), eq(query), any(PagerFilter.class))).thenReturn(results);
        JqlCheck.Preview preview = check.preview("project = TEAM");
        assertEquals(JqlCheck.Preview.found(42), preview);
        verify(search, never()).searchOverrideSecurity(any(), any(), any());
    }

    @Test
    public void shouldGiveJirasWordsWhenItRefusesOrCannotRunTheQuery() throws Exception {
        when(authentication.getLoggedInUser()).thenReturn(lead);
        when(search.parseQuery(lead, "summary ~")).thenReturn(new SearchService.ParseResult(null,
                messages("Error in the JQL Query: incomplete.")));
        assertEquals(List.of("Error in the JQL Query: incomplete."), check.preview("summary ~").problems());

        accepted();
        when(search.validateQuery(lead, query)).thenReturn(messages("The value 'X' does not exist."));
        assertEquals(List.of("The value 'X' does not exist."), check.preview("project = TEAM").problems());

        when(search.validateQuery(lead, query)).thenReturn(messages());
        when(search.search(eq(lead), eq(query), any(PagerFilter.class)))
                .thenThrow(new SearchException("Field 'Team' is gone."));
        JqlCheck.Preview failed = check.preview("project = TEAM");
        assertFalse(failed.valid());
        assertEquals(List.of("Field 'Team' is gone."), failed.problems());
    }
}
