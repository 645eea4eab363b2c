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
import dev.northstar.okr.schema.JiraSchemaGateway;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The setup port over Jira's configuration managers. Custom fields are created searchable (a searcher is set), so
 * that JQL can use them; Jira records their change history either way.
 */
public class JiraSchemaAdapter implements JiraSchemaGateway {
    static final String NUMBER_TYPE = "com.atlassian.jira.plugin.system.customfieldtypes:float";
    static final String NUMBER_SEARCHER = "com.atlassian.jira.plugin.system.customfieldtypes:exactnumber";
    static final String TEXT_TYPE = "com.atlassian.jira.plugin.system.customfieldtypes:textfield";
    static final String TEXT_SEARCHER = "com.atlassian.jira.plugin.system.customfieldtypes:textsearcher";

    private final IssueTypeManager issueTypes;
    private final AvatarManager avatars;
    private final IssueLinkTypeManager linkTypes;
    private final CustomFieldManager fields;
    private final IssueTypeSchemeManager schemes;
    private final ProjectManager projects;

    public JiraSchemaAdapter(IssueTypeManager issueTypes, AvatarManager avatars, IssueLinkTypeManager linkTypes,
                             CustomFieldManager fields, IssueTypeSchemeManager schemes, ProjectManager projects) {
        this.issueTypes = issueTypes;
        this.avatars = avatars;
        this.linkTypes = linkTypes;
        this.fields = fields;
        this.schemes = schemes;
        this.projects = projects;
    }

    @Override
    public Optional<IssueTypeInfo> issueType(String id) {
        return Optional.ofNullable(issueTypes.getIssueType(id)).map(JiraSchemaAdapter::info);
    }

    @Override
    public List<IssueTypeInfo> issueTypesNamed(String name) {
        return issueTypes.getIssueTypes().stream()
                .filter(t -> name.equalsIgnoreCase(t.getName()))
                .map(JiraSchemaAdapter::info)
                .toList();
    }

    @Override
    public IssueTypeInfo createIssueType(String name, String description) {
        // Jira's generic issue type icon; the app ships no icons of its own yet.
        Long avatar = avatars.getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE);
        return info(issueTypes.createIssueType(name, description, avatar));
    }

    @Override
    public Optional<LinkTypeInfo> linkType(long id) {
        return Optional.ofNullable(linkTypes.getIssueLinkType(id)).map(JiraSchemaAdapter::info);
    }

    @Override
    public List<LinkTypeInfo> linkTypesNamed(String name) {
        return linkTypes.getIssueLinkTypesByName(name).stream().map(JiraSchemaAdapter::info).toList();
    }

    @Override
    public LinkTypeInfo createLinkType(String name, String outward, String inward) {
        // A null style makes an ordinary link type that users can pick (styles mark Jira's own sub-task links).
        linkTypes.createIssueLinkType(name, outward, inward, null);
        // Jira returns nothing: the new type is the newest of that name with these descriptions.
        return linkTypes.getIssueLinkTypesByName(name).stream()
                .map(JiraSchemaAdapter::info)
                .filter(t -> outward.equals(t.outward()) && inward.equals(t.inward()))
                .max(Comparator.comparingLong(LinkTypeInfo::id))
                .orElseThrow(() -> new IllegalStateException("Jira did not create link type " + name));
    }

    @Override
    public Optional<FieldInfo> field(String id) {
        return Optional.ofNullable(fields.getCustomFieldObject(id)).map(JiraSchemaAdapter::info);
    }

    @Override
    public List<FieldInfo> fieldsNamed(String name) {
        return fields.getCustomFieldObjectsByName(name).stream().map(JiraSchemaAdapter::info).toList();
    }

    @Override
    public FieldInfo createField(String name, String description, FieldKind kind, String issueTypeId) {
        String typeKey = kind == FieldKind.NUMBER ? NUMBER_TYPE : TEXT_TYPE;
        String searcherKey = kind == FieldKind.NUMBER ? NUMBER_SEARCHER : TEXT_SEARCHER;
        CustomFieldType type = fields.getCustomFieldType(typeKey);
        CustomFieldSearcher searcher = fields.getCustomFieldSearcher(searcherKey);
        IssueType keyResult = issueTypes.getIssueType(issueTypeId);
        if (type == null || searcher == null || keyResult == null) {
            throw new IllegalStateException("cannot create field " + name + ": Jira lacks " + typeKey + ", "
                    + searcherKey + " or issue type " + issueTypeId);
        }
        try {
            return info(fields.createCustomField(name, description, type, searcher,
                    List.of(GlobalIssueContext.getInstance()), List.of(keyResult)));
        } catch (Exception failed) {
            // Jira declares OfBiz's checked GenericEntityException here; nothing else can be done about it.
            throw new IllegalStateException("Jira could not create field " + name, failed);
        }
    }

    @Override
    public Optional<List<String>> projectIssueTypeIds(String projectKey) {
        Project project = projects.getProjectObjByKey(projectKey);
        if (project == null) {
            return Optional.empty();
        }
        return Optional.of(ids(schemes.getIssueTypesForProject(project)));
    }

    @Override
    public void addIssueTypesToProject(String projectKey, List<String> issueTypeIds) {
        Project project = projects.getProjectObjByKey(projectKey);
        if (project == null) {
            throw new IllegalArgumentException("no project " + projectKey);
        }
        FieldConfigScheme scheme = schemes.getConfigScheme(project);
        if (scheme == null || schemes.isDefaultIssueTypeScheme(scheme)) {
            // The default scheme is shared by every project without its own; Jira has a call for adding to it.
            issueTypeIds.forEach(schemes::addOptionToDefault);
            return;
        }
        // update() replaces the scheme's options, so the current ones go first, in their order.
        Set<String> options = new LinkedHashSet<>(ids(schemes.getIssueTypesForProject(project)));
        options.addAll(issueTypeIds);
        schemes.update(scheme, List.copyOf(options));
    }

    private static List<String> ids(Collection<IssueType> types) {
        return types.stream().filter(Objects::nonNull).map(IssueType::getId).toList();
    }

    private static IssueTypeInfo info(IssueType type) {
        return new IssueTypeInfo(type.getId(), type.getName(), type.isSubTask());
    }

    private static LinkTypeInfo info(IssueLinkType type) {
        return new LinkTypeInfo(type.getId(), type.getName(), type.getOutward(), type.getInward());
    }

    private static FieldInfo info(CustomField field) {
        CustomFieldType type = field.getCustomFieldType();
        String key = type == null ? null : type.getKey();
        FieldKind kind = NUMBER_TYPE.equals(key) ? FieldKind.NUMBER : TEXT_TYPE.equals(key) ? FieldKind.TEXT : null;
        return new FieldInfo(field.getId(), field.getName(), kind);
    }
}
