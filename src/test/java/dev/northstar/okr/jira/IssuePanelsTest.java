package dev.northstar.okr.jira;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.northstar.okr.testing.JiraFixture.Role;
import dev.northstar.okr.testing.JiraIssues;
import dev.northstar.okr.ui.InitiativePanel;
import dev.northstar.okr.ui.KeyResultPanel;
import dev.northstar.okr.ui.ObjectivePanel;
import dev.northstar.okr.ui.OkrScreens;
import dev.northstar.okr.ui.ScreensWorld;
import dev.northstar.okr.ui.TextView;
import org.junit.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The issue panels as Jira drives them: the condition is asked with the View Issue page's context (the issue under
 * "issue"), then the context provider hands the descriptor's template its view model, which renders.
 */
public class IssuePanelsTest {
    private final ScreensWorld world = new ScreensWorld().standard();
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
    private final JiraWebPages pages = new JiraWebPages(pageBuilder, mock(LoginUriProvider.class));

    {
        world.jira.as(Role.VIEWER);
    }

    private Map<String, Object> viewing(String issueKey) {
        Map<String, Object> context = new HashMap<>();
        context.put("issue", world.jira.issue(issueKey));
        context.put("project", world.jira.project("AC"));
        return context;
    }

    @Test
    public void shouldHandTheKeyResultTemplateItsViewModelOnlyAndRequireItsResources() {
        KeyResultPanelContext provider = new KeyResultPanelContext(world.screens, world.jira.access, pages);
        provider.init(Map.of());
        Map<String, Object> context = provider.getContextMap(viewing("AC-2"));
        assertEquals(2, context.size());
        assertTrue(context.get("view") instanceof KeyResultPanel);
        assertTrue(context.get("text") instanceof TextView);
        verify(pageBuilder.assembler().resources()).requireWebResource(
                "dev.northstar.okr:okr-keyresult-panel-resources");
        String html = world.templates.render(OkrScreens.KEY_RESULT_PANEL, context);
        assertTrue(html, html.contains("3 of 4 issues done"));
    }

    @Test
    public void shouldHandTheObjectiveAndInitiativeTemplatesTheirViewModels() {
        Map<String, Object> objective = new ObjectivePanelContext(world.screens, world.jira.access, pages)
                .getContextMap(viewing("AC-1"));
        assertTrue(objective.get("view") instanceof ObjectivePanel);
        assertTrue(world.templates.render(OkrScreens.OBJECTIVE_PANEL, objective).contains("/jira/browse/AC-2"));
        Map<String, Object> initiative = new InitiativePanelContext(world.screens, world.jira.access, pages)
                .getContextMap(viewing("AC-10"));
        assertTrue(initiative.get("view") instanceof InitiativePanel);
        verify(pageBuilder.assembler().resources()).requireWebResource(
                "dev.northstar.okr:okr-objective-panel-resources");
        verify(pageBuilder.assembler().resources()).requireWebResource(
                "dev.northstar.okr:okr-initiative-panel-resources");
    }

    @Test
    public void shouldGiveTheTemplateNothingWhenThePanelDoesNotApply() {
        KeyResultPanelContext provider = new KeyResultPanelContext(world.screens, world.jira.access, pages);
        Map<String, Object> context = provider.getContextMap(viewing("AC-11"));
        assertTrue(context.isEmpty());
        assertTrue(provider.getContextMap(new HashMap<>()).isEmpty());
        assertEquals("", world.templates.render(OkrScreens.KEY_RESULT_PANEL, context).trim());
        verify(pageBuilder.assembler().resources(), never()).requireWebResource(anyString());
    }

    @Test
    public void shouldShowEachPanelOnItsOwnKindOfIssue() {
        KeyResultPanelCondition keyResult = new KeyResultPanelCondition(world.rules, world.jira.access);
        ObjectivePanelCondition objective = new ObjectivePanelCondition(world.rules, world.jira.access);
        InitiativePanelCondition initiative = new InitiativePanelCondition(world.rules, world.jira.access);
        keyResult.init(Map.of());
        assertTrue(keyResult.shouldDisplay(viewing("AC-2")));
        assertFalse(keyResult.shouldDisplay(viewing("AC-1")));
        assertTrue(objective.shouldDisplay(viewing("AC-1")));
        assertFalse(objective.shouldDisplay(viewing("AC-2")));
        assertTrue(initiative.shouldDisplay(viewing("AC-10")));
        assertFalse("a story drives nothing", initiative.shouldDisplay(viewing("AC-11")));
        assertFalse(initiative.shouldDisplay(viewing("AC-2")));
        assertFalse("no issue in the context", keyResult.shouldDisplay(new HashMap<>()));
    }

    @Test
    public void shouldShowTheInitiativePanelOnAnEpicOfAProjectWithOkrsThatDrivesNothingYet() {
        InitiativePanelCondition initiative = new InitiativePanelCondition(world.rules, world.jira.access);
        world.issues.issue("AC-15").type(JiraIssues.EPIC, "Epic");
        world.issues.issue("AC-16").subtaskOf("AC-15");
        world.issues.issue("ZZ-1").type(JiraIssues.EPIC, "Epic");
        assertTrue("an epic in a project with OKRs", initiative.shouldDisplay(viewing("AC-15")));
        assertFalse("an epic in a project without OKRs", initiative.shouldDisplay(viewing("ZZ-1")));
        assertFalse("an objective", initiative.shouldDisplay(viewing("AC-1")));
        assertFalse("a key result", initiative.shouldDisplay(viewing("AC-2")));
        assertFalse("a sub-task", initiative.shouldDisplay(viewing("AC-16")));
        assertFalse("a story", initiative.shouldDisplay(viewing("AC-11")));
        int searches = world.issues.searches();
        initiative.shouldDisplay(viewing("AC-15"));
        initiative.shouldDisplay(viewing("ZZ-1"));
        assertEquals("conditions run no search", searches, world.issues.searches());
        world.settings.update(s -> s.withEnabledProjects(java.util.List.of("AC", "ZZ")));
        assertTrue("once OKRs are enabled in its project", initiative.shouldDisplay(viewing("ZZ-1")));
        world.jira.as(Role.OUTSIDER);
        assertFalse(initiative.shouldDisplay(viewing("AC-15")));
    }

    @Test
    public void shouldHidePanelsFromThoseWhoMayNotBrowseTheIssue() {
        KeyResultPanelCondition keyResult = new KeyResultPanelCondition(world.rules, world.jira.access);
        world.jira.as(Role.OUTSIDER);
        assertFalse(keyResult.shouldDisplay(viewing("AC-2")));
        world.jira.anonymous();
        assertFalse(keyResult.shouldDisplay(viewing("AC-2")));
        world.jira.as(Role.VIEWER).secure("AC-2");
        assertFalse(keyResult.shouldDisplay(viewing("AC-2")));
    }

    @Test
    public void shouldShowTheAdminLinkToJiraAdministratorsOnly() {
        AdminCondition admin = new AdminCondition(world.jira.access);
        assertFalse(admin.shouldDisplay(Map.of()));
        world.jira.as(Role.PROJECT_ADMIN);
        assertFalse(admin.shouldDisplay(Map.of()));
        world.jira.as(Role.JIRA_ADMIN);
        assertTrue(admin.shouldDisplay(Map.of()));
    }

    @Test
    public void shouldShowTheSidebarLinksInProjectsWithOkrs() {
        OkrProjectCondition sidebar = new OkrProjectCondition(world.jira.access, world.settings);
        assertTrue(sidebar.shouldDisplay(Map.of("project", world.jira.project("AC"))));
        assertFalse("OKRs not enabled there", sidebar.shouldDisplay(Map.of("project", world.jira.project("TIMOB"))));
        assertTrue("no project known: the page lets people choose", sidebar.shouldDisplay(Map.of()));
        world.jira.as(Role.OUTSIDER);
        assertFalse(sidebar.shouldDisplay(Map.of("project", world.jira.project("AC"))));
        world.jira.anonymous();
        assertFalse(sidebar.shouldDisplay(Map.of()));
    }
}
