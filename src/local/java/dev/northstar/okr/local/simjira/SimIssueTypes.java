package dev.northstar.okr.local.simjira;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Issue types, and each project's own issue type scheme (no project here uses Jira's default scheme). */
final class SimIssueTypes implements IssueTypeManager, IssueTypeSchemeManager {
    private final SimulatedJira jira;

    SimIssueTypes(SimulatedJira jira) {
        this.jira = jira;
    }

    /** A project's issue type scheme. */
    private record Scheme(String project) implements FieldConfigScheme {
    }

    @Override
    public IssueType createIssueType(String name, String description, Long avatarId) {
        return jira.config().createIssueType(name);
    }

    @Override
    public IssueType getIssueType(String id) {
        return jira.config().issueType(id).orElse(null);
    }

    @Override
    public Collection<IssueType> getIssueTypes() {
        return List.copyOf(jira.config().issueTypes());
    }

    @Override
    public FieldConfigScheme getConfigScheme(Project project) {
        return project == null || jira.config().scheme(project.getKey()).isEmpty() ? null
                : new Scheme(project.getKey());
    }

    @Override
    public Collection<IssueType> getIssueTypesForProject(Project project) {
        List<IssueType> types = new ArrayList<>();
        if (project != null) {
            jira.config().scheme(project.getKey()).orElse(List.of())
                    .forEach(id -> jira.config().issueType(id).ifPresent(types::add));
        }
        return types;
    }

    @Override
    public FieldConfigScheme update(FieldConfigScheme configScheme, Collection<String> optionIds) {
        if (configScheme instanceof Scheme scheme) {
            jira.config().updateScheme(scheme.project(), List.copyOf(optionIds));
        }
        return configScheme;
    }

    @Override
    public boolean isDefaultIssueTypeScheme(FieldConfigScheme configScheme) {
        return false;
    }

    @Override
    public void addOptionToDefault(String id) {
        // no project here uses Jira's default scheme (see isDefaultIssueTypeScheme)
    }
}
