package dev.northstar.okr.jira;

import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.icon.IconType;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.GlobalIssueContext;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import dev.northstar.okr.schema.FieldKind;
import dev.northstar.okr.schema.JiraSchemaGateway.FieldInfo;
import dev.northstar.okr.schema.JiraSchemaGateway.IssueTypeInfo;
import dev.northstar.okr.schema.JiraSchemaGateway.LinkTypeInfo;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The setup gateway over Jira's managers, mocked: what it asks Jira for and what it makes of the answers. */
public class JiraSchemaAdapterTest {
    private final IssueTypeManager issueTypes = mock(IssueTypeManager.class);
    private final AvatarManager avatars = mock(AvatarManager.class);
    private final IssueLinkTypeManager linkTypes = mock(IssueLinkTypeManager.class);
    private final CustomFieldManager fields = mock(CustomFieldManager.class);
    private final IssueTypeSchemeManager schemes = mock(IssueTypeSchemeManager.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final JiraSchemaAdapter jira = new JiraSchemaAdapter(issueTypes, avatars, linkTypes, fields, schemes,
            projects);

    @Test
    public void shouldCreateAnIssueTypeWithJirasDefaultIssueTypeIcon() {
        when(avatars.getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE)).thenReturn(10318L);
        IssueType objective = issueType("10100", "Objective", false);
        when(issueTypes.createIssueType("Objective", "A goal", 10318L)).thenReturn(objective);

        assertEquals(new IssueTypeInfo("10100", "Objective", false), jira.createIssueType("Objective", "A goal"));
    }

    @Test
    public void shouldFindIssueTypesByNameIgnoringCase() {
        List<IssueType> all = List.of(issueType("1", "Task", false), issueType("2", "OBJECTIVE", true),
                issueType("3", "Story", false));
        when(issueTypes.getIssueTypes()).thenReturn(all);

        assertEquals(List.of(new IssueTypeInfo("2", "OBJECTIVE", true)), jira.issueTypesNamed("Objective"));
        assertEquals(Optional.empty(), jira.issueType("404"));
    }

    @Test
    public void shouldCreateAnOrdinaryLinkTypeAndFindItByNameAfterwards() {
        IssueLinkType theirs = linkType(10L, "Initiative drives Key Result", "funds", "is funded by");
        IssueLinkType older = linkType(11L, "Initiative drives Key Result", "drives", "is driven by");
        IssueLinkType created = linkType(12L, "Initiative drives Key Result", "drives", "is driven by");
        when(linkTypes.getIssueLinkTypesByName("Initiative drives Key Result"))
                .thenReturn(List.of(theirs, created, older));

        LinkTypeInfo made = jira.createLinkType("Initiative drives Key Result", "drives", "is driven by");

        verify(linkTypes).createIssueLinkType("Initiative drives Key Result", "drives", "is driven by", null);
        assertEquals("the newest of that name and those descriptions", 12L, made.id());
    }

    @Test
    public void shouldCreateASearchableNumberFieldInTheGlobalContextOnKeyResultsOnly() throws Exception {
        CustomFieldType number = fieldType(JiraSchemaAdapter.NUMBER_TYPE);
        CustomFieldSearcher exact = mock(CustomFieldSearcher.class);
        IssueType keyResult = issueType("10101", "Key Result", false);
        when(fields.getCustomFieldType(JiraSchemaAdapter.NUMBER_TYPE)).thenReturn(number);
        when(fields.getCustomFieldSearcher(JiraSchemaAdapter.NUMBER_SEARCHER)).thenReturn(exact);
        when(issueTypes.getIssueType("10101")).thenReturn(keyResult);
        CustomField created = field("customfield_10400", "Key Result target value", number);
        when(fields.createCustomField("Key Result target value", "Where", number, exact,
                List.of(GlobalIssueContext.getInstance()), List.of(keyResult))).thenReturn(created);

        FieldInfo made = jira.createField("Key Result target value", "Where", FieldKind.NUMBER, "10101");

        assertEquals(new FieldInfo("customfield_10400", "Key Result target value", FieldKind.NUMBER), made);
        assertEquals("com.atlassian.jira.plugin.system.customfieldtypes:exactnumber",
                JiraSchemaAdapter.NUMBER_SEARCHER);
        assertEquals("com.atlassian.jira.plugin.system.customfieldtypes:textsearcher",
                JiraSchemaAdapter.TEXT_SEARCHER);
    }

    @Test
    public void shouldReportAFieldJiraCouldNotCreate() {
        CustomFieldType text = fieldType(JiraSchemaAdapter.TEXT_TYPE);
        CustomFieldSearcher searcher = mock(CustomFieldSearcher.class);
        IssueType keyResult = issueType("10101", "Key Result", false);
        when(fields.getCustomFieldType(anyString())).thenReturn(text);
        when(fields.getCustomFieldSearcher(anyString())).thenReturn(searcher);
        when(issueTypes.getIssueType("10101")).thenReturn(keyResult);
        when(fields.createCustomField(anyString(), anyString(), any(), any(), anyList(), anyList()))
                .thenThrow(new IllegalArgumentException("database said no"));

        IllegalStateException failed = assertThrows(IllegalStateException.class,
                () -> jira.createField("Key Result unit", "Unit", FieldKind.TEXT, "10101"));
        assertTrue(failed.getMessage().contains("Key Result unit"));
    }

    @Test
    public void shouldRefuseToCreateAFieldWhenJiraLacksTheFieldType() {
        IssueType keyResult = issueType("10101", "Key Result", false);
        when(issueTypes.getIssueType("10101")).thenReturn(keyResult);

        assertThrows(IllegalStateException.class,
                () -> jira.createField("Key Result unit", "Unit", FieldKind.TEXT, "10101"));
        verify(fields, never()).createCustomField(any(), any(), any(), any(), any(), any());
    }

    @Test
    public void shouldTellTheAppsFieldKindsFromOthers() {
        List<CustomField> named = List.of(
                field("customfield_1", "Key Result unit", fieldType(JiraSchemaAdapter.TEXT_TYPE)),
                field("customfield_2", "Key Result unit", fieldType(JiraSchemaAdapter.NUMBER_TYPE)),
                field("customfield_3", "Key Result unit",
                        fieldType("com.atlassian.jira.plugin.system.customfieldtypes:select")),
                field("customfield_4", "Key Result unit", null));
        when(fields.getCustomFieldObjectsByName("Key Result unit")).thenReturn(named);

        assertEquals(List.of(new FieldInfo("customfield_1", "Key Result unit", FieldKind.TEXT),
                        new FieldInfo("customfield_2", "Key Result unit", FieldKind.NUMBER),
                        new FieldInfo("customfield_3", "Key Result unit", null),
                        new FieldInfo("customfield_4", "Key Result unit", null)),
                jira.fieldsNamed("Key Result unit"));
    }

    @Test
    public void shouldAddTypesToAProjectsOwnSchemeKeepingItsTypesAndOrder() {
        Project project = project("TEAM");
        FieldConfigScheme scheme = mock(FieldConfigScheme.class);
        when(schemes.getConfigScheme(project)).thenReturn(scheme);
        List<IssueType> current = List.of(issueType("3", "Story", false), issueType("1", "Task", false),
                issueType("10100", "Objective", false));
        when(schemes.getIssueTypesForProject(project)).thenReturn(current);

        jira.addIssueTypesToProject("TEAM", List.of("10100", "10101"));

        verify(schemes).update(scheme, List.of("3", "1", "10100", "10101"));
        verify(schemes, never()).addOptionToDefault(anyString());
    }

    @Test
    public void shouldAddTypesToTheDefaultSchemeThroughItsOwnCall() {
        Project project = project("DEF");
        FieldConfigScheme defaultScheme = mock(FieldConfigScheme.class);
        when(schemes.getConfigScheme(project)).thenReturn(defaultScheme);
        when(schemes.isDefaultIssueTypeScheme(defaultScheme)).thenReturn(true);

        jira.addIssueTypesToProject("DEF", List.of("10100", "10101"));

        verify(schemes).addOptionToDefault("10100");
        verify(schemes).addOptionToDefault("10101");
        verify(schemes, never()).update(any(), any());
    }

    @Test
    public void shouldListAProjectsIssueTypesAndKnowUnknownProjects() {
        Project project = project("TEAM");
        List<IssueType> types = new ArrayList<>(List.of(issueType("1", "Task", false)));
        when(schemes.getIssueTypesForProject(project)).thenReturn(types);

        assertEquals(Optional.of(List.of("1")), jira.projectIssueTypeIds("TEAM"));
        assertEquals(Optional.empty(), jira.projectIssueTypeIds("NOPE"));
        assertThrows(IllegalArgumentException.class, () -> jira.addIssueTypesToProject("NOPE", List.of("1")));
    }

    @Test
    public void shouldLookUpByRememberedIds() {
        IssueLinkType measures = linkType(10200L, "Renamed", "measures", "is measured by");
        when(linkTypes.getIssueLinkType(10200L)).thenReturn(measures);
        CustomField unit = field("customfield_10403", "Einheit", fieldType(JiraSchemaAdapter.TEXT_TYPE));
        when(fields.getCustomFieldObject("customfield_10403")).thenReturn(unit);

        assertEquals("Renamed", jira.linkType(10200L).orElseThrow().name());
        assertEquals(Optional.empty(), jira.linkType(1L));
        assertEquals(FieldKind.TEXT, jira.field("customfield_10403").orElseThrow().kind());
        assertEquals(Optional.empty(), jira.field("customfield_1"));
    }

    private Project project(String key) {
        Project project = mock(Project.class, key);
        when(project.getKey()).thenReturn(key);
        when(projects.getProjectObjByKey(key)).thenReturn(project);
        return project;
    }

    private static IssueType issueType(String id, String name, boolean subTask) {
        IssueType type = mock(IssueType.class, name);
        when(type.getId()).thenReturn(id);
        when(type.getName()).thenReturn(name);
        when(type.isSubTask()).thenReturn(subTask);
        return type;
    }

    private static IssueLinkType linkType(long id, String name, String outward, String inward) {
        IssueLinkType type = mock(IssueLinkType.class);
        when(type.getId()).thenReturn(id);
        when(type.getName()).thenReturn(name);
        when(type.getOutward()).thenReturn(outward);
        when(type.getInward()).thenReturn(inward);
        return type;
    }

    private static CustomFieldType fieldType(String key) {
        CustomFieldType type = mock(CustomFieldType.class);
        when(type.getKey()).thenReturn(key);
        return type;
    }

    private static CustomField field(String id, String name, CustomFieldType type) {
        CustomField field = mock(CustomField.class);
        when(field.getId()).thenReturn(id);
        when(field.getName()).thenReturn(name);
        when(field.getCustomFieldType()).thenReturn(type);
        return field;
    }
}
