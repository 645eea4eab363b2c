package dev.northstar.okr.jira;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.link.IssueLinkService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.link.Direction;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.util.ErrorCollection;
import dev.northstar.okr.authoring.FieldValue;
import dev.northstar.okr.authoring.LinkChange;
import dev.northstar.okr.authoring.NewIssue;
import dev.northstar.okr.authoring.Written;
import dev.northstar.okr.testing.JiraFixture;
import dev.northstar.okr.testing.JiraFixture.Role;
import org.junit.Before;
import org.junit.Test;
import org.mockito.InOrder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The Jira adapter of the app's writes over mocks of Jira's issue and link services: each write is validated by
 * Jira first and made only when valid, as the logged-in user, and a refusal comes back in Jira's words with its
 * reason.
 */
public class JiraIssueWritesTest {
    /** Jira's ErrorCollection.Reason, as the adapter reads it: by the constants' names. */
    private enum Reason {
        FORBIDDEN, NOT_FOUND, VALIDATION_FAILED, NOT_LOGGED_IN
    }

    private final JiraFixture jira = new JiraFixture();
    private final IssueService issueService = mock(IssueService.class);
    private final IssueLinkService linkService = mock(IssueLinkService.class);
    private final IssueLinkManager links = mock(IssueLinkManager.class);
    private final IssueInputParameters parameters = mock(IssueInputParameters.class, RETURNS_SELF);
    private final JiraIssueWrites writes = new JiraIssueWrites(issueService, linkService, jira.issues, links,
            jira.projects, jira.permissions, jira.authentication);

    @Before
    public void setUp() {
        jira.issue("TEAM-1");
        jira.issue("TEAM-2");
        jira.issue("SHOP-3");
        when(issueService.newIssueInputParameters()).thenReturn(parameters);
        jira.as(Role.MEMBER);
    }

    private static ErrorCollection errors(Map<String, String> byField, List<String> messages, Reason... reasons) {
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.getErrors()).thenReturn(byField);
        when(errors.getErrorMessages()).thenReturn(messages);
        when(errors.hasAnyErrors()).thenReturn(!byField.isEmpty() || !messages.isEmpty());
        when(errors.getReasons()).thenAnswer(call -> Set.of(reasons));
        return errors;
    }

    private static <T extends com.atlassian.jira.bc.ServiceResultImpl> T valid(Class<T> type) {
        T result = mock(type);
        when(result.isValid()).thenReturn(true);
        return result;
    }

    private static <T extends com.atlassian.jira.bc.ServiceResultImpl> T invalid(Class<T> type, ErrorCollection e) {
        T result = mock(type);
        when(result.isValid()).thenReturn(false);
        when(result.getErrorCollection()).thenReturn(e);
        return result;
    }

    @Test
    public void shouldCreateAsTheUserAfterJiraValidatedTheIssue() {
        IssueService.CreateValidationResult validated = valid(IssueService.CreateValidationResult.class);
        IssueService.IssueResult created = valid(IssueService.IssueResult.class);
        MutableIssue issue = jira.issue("TEAM-9");
        when(created.getIssue()).thenReturn(issue);
        when(issueService.validateCreate(jira.userOf(Role.MEMBER), parameters)).thenReturn(validated);
        when(issueService.create(jira.userOf(Role.MEMBER), validated)).thenReturn(created);

        Written<String> written = writes.create(new NewIssue("TEAM", "10001", "Grow", List.of()));

        assertTrue(written.ok());
        assertEquals("TEAM-9", written.value());
        InOrder order = inOrder(issueService, parameters);
        order.verify(parameters).setProjectId(jira.project("TEAM").getId());
        order.verify(parameters).setIssueTypeId("10001");
        order.verify(parameters).setSummary("Grow");
        order.verify(parameters).setReporterId("member");
        order.verify(issueService).validateCreate(jira.userOf(Role.MEMBER), parameters);
        order.verify(issueService).create(jira.userOf(Role.MEMBER), validated);
        verify(parameters).setSkipScreenCheck(false);
    }

    @Test
    public void shouldPassJirasRefusalOnAndCreateNothing() {
        Map<String, String> byField = new LinkedHashMap<>();
        byField.put("summary", "You must specify a summary of the issue.");
        ErrorCollection refusal = errors(byField, List.of("You do not have permission to create issues in this project."),
                Reason.VALIDATION_FAILED, Reason.FORBIDDEN);
        IssueService.CreateValidationResult refused = invalid(IssueService.CreateValidationResult.class, refusal);
        when(issueService.validateCreate(any(), eq(parameters))).thenReturn(refused);

        Written<String> written = writes.create(new NewIssue("TEAM", "10001", "", List.of()));

        assertFalse(written.ok());
        assertNull(written.value());
        assertEquals(Written.Refusal.FORBIDDEN, written.refusal());
        assertEquals(byField, written.fieldErrors());
        assertEquals(List.of("You do not have permission to create issues in this project."), written.messages());
        verify(issueService, never()).create(any(), any());
    }

    @Test
    public void shouldOnlyValidateWhenChecking() {
        IssueService.CreateValidationResult validated = valid(IssueService.CreateValidationResult.class);
        when(issueService.validateCreate(any(), eq(parameters))).thenReturn(validated);
        assertTrue(writes.check(new NewIssue("TEAM", "10001", "Grow", List.of())).ok());
        verify(issueService, never()).create(any(), any());
        assertEquals(Written.Refusal.NOT_FOUND, writes.check(new NewIssue("NONE", "1", "x", List.of())).refusal());
    }

    @Test
    public void shouldWriteNumbersAsJiraReadsThemInTheUsersLanguage() {
        jira.speaking(Locale.GERMANY);
        IssueService.CreateValidationResult validated = valid(IssueService.CreateValidationResult.class);
        IssueService.IssueResult created = valid(IssueService.IssueResult.class);
        MutableIssue issue = jira.issue("TEAM-9");
        when(created.getIssue()).thenReturn(issue);
        when(issueService.validateCreate(any(), eq(parameters))).thenReturn(validated);
        when(issueService.create(any(), eq(validated))).thenReturn(created);

        writes.create(new NewIssue("TEAM", "10002", "Conversion", List.of(FieldValue.number("customfield_1", 2.5),
                FieldValue.number("customfield_2", 1234567.0), FieldValue.text("customfield_4", "%"))));

        verify(parameters).setSkipScreenCheck(true);
        verify(parameters).addCustomFieldValue("customfield_1", "2,5");
        verify(parameters).addCustomFieldValue("customfield_2", "1234567");
        verify(parameters).addCustomFieldValue("customfield_4", "%");
        assertEquals("0.125", JiraIssueWrites.number(0.125, Locale.ENGLISH));
        assertEquals("-3,5", JiraIssueWrites.number(-3.5, Locale.FRANCE));
    }

    @Test
    public void shouldEditOnlyTheFieldsNamedKeepingTheOthers() {
        IssueService.UpdateValidationResult validated = valid(IssueService.UpdateValidationResult.class);
        IssueService.IssueResult updated = valid(IssueService.IssueResult.class);
        long id = jira.issue("TEAM-1").getId();
        when(issueService.validateUpdate(jira.userOf(Role.MEMBER), id, parameters)).thenReturn(validated);
        when(issueService.update(jira.userOf(Role.MEMBER), validated)).thenReturn(updated);

        Written<Void> written = writes.update("TEAM-1", List.of(FieldValue.number("customfield_3", 7.0),
                FieldValue.number("customfield_1", null)));

        assertTrue(written.ok());
        verify(parameters).setRetainExistingValuesWhenParameterNotProvided(true, true);
        verify(parameters).setSkipScreenCheck(true);
        verify(parameters).addCustomFieldValue("customfield_3", "7");
        verify(parameters).addCustomFieldValue("customfield_1");
        verify(issueService).update(jira.userOf(Role.MEMBER), validated);
    }

    @Test
    public void shouldNotEditWhatJiraRefuses() {
        ErrorCollection refusal = errors(Map.of("customfield_3", "'abc' is an invalid number"), List.of(),
                Reason.VALIDATION_FAILED);
        IssueService.UpdateValidationResult refused = invalid(IssueService.UpdateValidationResult.class, refusal);
        when(issueService.validateUpdate(any(), anyLong(), eq(parameters))).thenReturn(refused);

        Written<Void> written = writes.update("TEAM-1", List.of(FieldValue.number("customfield_3", 7.0)));

        assertEquals(Written.Refusal.INVALID, written.refusal());
        assertEquals("'abc' is an invalid number", written.fieldErrors().get("customfield_3"));
        assertEquals("'abc' is an invalid number", written.text());
        verify(issueService, never()).update(any(), any());
        assertEquals(Written.Refusal.NOT_FOUND, writes.update("TEAM-404", List.of()).refusal());
    }

    @Test
    public void shouldLinkFromTheActingIssueInTheRightDirection() {
        IssueLinkService.AddIssueLinkValidationResult validated = valid(IssueLinkService.AddIssueLinkValidationResult.class);
        when(linkService.validateAddIssueLinks(any(), any(), anyLong(), any(), any(), anyBoolean())).thenReturn(validated);

        assertTrue(writes.link(new LinkChange("TEAM-1", "TEAM-2", 10_102L, true)).ok());
        verify(linkService).validateAddIssueLinks(jira.userOf(Role.MEMBER), jira.issue("TEAM-1"), 10_102L,
                Direction.OUT, List.of("TEAM-2"), true);
        // an initiative linked from the key result it drives: the link comes in to the key result
        assertTrue(writes.link(new LinkChange("TEAM-2", "SHOP-3", 10_101L, false)).ok());
        verify(linkService).validateAddIssueLinks(jira.userOf(Role.MEMBER), jira.issue("TEAM-2"), 10_101L,
                Direction.IN, List.of("SHOP-3"), true);
        verify(linkService, org.mockito.Mockito.times(2)).addIssueLinks(jira.userOf(Role.MEMBER), validated);
    }

    @Test
    public void shouldNotLinkWhatJiraRefuses() {
        ErrorCollection refusal = errors(Map.of(), List.of("You do not have the permission to link issues."),
                Reason.FORBIDDEN);
        IssueLinkService.AddIssueLinkValidationResult refused = invalid(
                IssueLinkService.AddIssueLinkValidationResult.class, refusal);
        when(linkService.validateAddIssueLinks(any(), any(), anyLong(), any(), any(), anyBoolean())).thenReturn(refused);

        Written<Void> written = writes.link(new LinkChange("TEAM-1", "TEAM-2", 10_102L, true));

        assertEquals(Written.Refusal.FORBIDDEN, written.refusal());
        assertEquals("You do not have the permission to link issues.", written.text());
        verify(linkService, never()).addIssueLinks(any(), any());
    }

    @Test
    public void shouldRemoveOnlyTheLinksOfTheTypeBetweenTheTwoIssues() {
        MutableIssue child = jira.issue("TEAM-1");
        IssueLink aligns = link(10_102L, child, jira.issue("TEAM-2"));
        IssueLink other = link(10_000L, child, jira.issue("TEAM-2"));
        IssueLink elsewhere = link(10_102L, child, jira.issue("SHOP-3"));
        when(links.getOutwardLinks(child.getId())).thenReturn(List.of(other, aligns, elsewhere));
        IssueLinkService.DeleteIssueLinkValidationResult validated =
                valid(IssueLinkService.DeleteIssueLinkValidationResult.class);
        when(linkService.validateDelete(jira.userOf(Role.MEMBER), jira.issue("TEAM-2"), aligns)).thenReturn(validated);

        // the parent unlinks its child: the acting issue is the parent, the link goes from the child
        assertTrue(writes.unlink(new LinkChange("TEAM-2", "TEAM-1", 10_102L, false)).ok());

        verify(linkService).delete(validated);
        verify(linkService, never()).validateDelete(any(), any(), eq(other));
        verify(linkService, never()).validateDelete(any(), any(), eq(elsewhere));
    }

    @Test
    public void shouldPassARefusedUnlinkOn() {
        MutableIssue child = jira.issue("TEAM-1");
        IssueLink aligns = link(10_102L, child, jira.issue("TEAM-2"));
        when(links.getOutwardLinks(child.getId())).thenReturn(List.of(aligns));
        IssueLinkService.DeleteIssueLinkValidationResult refused = invalid(
                IssueLinkService.DeleteIssueLinkValidationResult.class,
                errors(Map.of(), List.of("No permission."), Reason.FORBIDDEN));
        when(linkService.validateDelete(any(), any(), eq(aligns))).thenReturn(refused);

        assertEquals(Written.Refusal.FORBIDDEN, writes.unlink(new LinkChange("TEAM-1", "TEAM-2", 10_102L, true))
                .refusal());
        verify(linkService, never()).delete(any());
    }

    @Test
    public void shouldDeleteThroughJirasIssueService() {
        long id = jira.issue("TEAM-1").getId();
        IssueService.DeleteValidationResult validated = valid(IssueService.DeleteValidationResult.class);
        when(issueService.validateDelete(jira.userOf(Role.MEMBER), id)).thenReturn(validated);
        ErrorCollection none = errors(Map.of(), List.of());
        when(issueService.delete(jira.userOf(Role.MEMBER), validated)).thenReturn(none);
        assertTrue(writes.delete("TEAM-1").ok());

        IssueService.DeleteValidationResult refused = invalid(IssueService.DeleteValidationResult.class,
                errors(Map.of(), List.of("You do not have permission to delete issues in this project."),
                        Reason.FORBIDDEN));
        when(issueService.validateDelete(jira.userOf(Role.MEMBER), id)).thenReturn(refused);
        Written<Void> written = writes.delete("TEAM-1");
        assertEquals(Written.Refusal.FORBIDDEN, written.refusal());
        verify(issueService).delete(any(), eq(validated));
    }

    @Test
    public void shouldAnswerWhatTheUserMayWriteFromJirasPermissions() {
        jira.as(Role.VIEWER);
        assertFalse(writes.mayCreate("TEAM"));
        assertFalse(writes.mayLinkIn("TEAM"));
        assertFalse(writes.mayLink("TEAM-1"));
        jira.as(Role.MEMBER);
        assertTrue(writes.mayCreate("TEAM"));
        assertTrue(writes.mayLinkIn("TEAM"));
        assertTrue(writes.mayLink("TEAM-1"));
        assertFalse(writes.mayCreate("NONE"));
        jira.secure("TEAM-7");
        assertFalse("an issue the user cannot see", writes.mayLink("TEAM-7"));
        jira.anonymous();
        assertFalse(writes.mayCreate("TEAM"));
    }

    private static IssueLink link(long type, Issue source, Issue destination) {
        IssueLink link = mock(IssueLink.class);
        when(link.getLinkTypeId()).thenReturn(type);
        when(link.getSourceObject()).thenReturn(source);
        when(link.getDestinationObject()).thenReturn(destination);
        return link;
    }
}
