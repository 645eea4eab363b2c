package dev.northstar.okr.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import dev.northstar.okr.schema.OkrSchema;
import dev.northstar.okr.reading.OkrIssue;
import dev.northstar.okr.reading.OkrLinks;
import dev.northstar.okr.reading.OkrStructure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Objectives, key results and initiatives from Jira's issues and links. Link types and issue types are matched by
 * the ids the setup remembered, never by name, so an admin renaming them breaks nothing.
 */
public class JiraOkrStructure implements OkrStructure {
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final JqlPages pages;
    private final IssueManager issues;
    private final IssueLinkManager links;
    private final PermissionManager permissions;
    private final JiraAuthenticationContext authentication;

    public JiraOkrStructure(JqlPages pages, IssueManager issues, IssueLinkManager links,
                            PermissionManager permissions, JiraAuthenticationContext authentication) {
        this.pages = pages;
        this.issues = issues;
        this.links = links;
        this.permissions = permissions;
        this.authentication = authentication;
    }

    @Override
    public List<OkrIssue> objectives(String projectKey, Collection<String> keys, OkrSchema schema) {
        if (schema.objectiveTypeId() == null || projectKey == null || !PROJECT_KEY.matcher(projectKey).matches()
                || !schema.objectiveTypeId().matches("[0-9]+")) {
            return List.of();
        }
        String jql = "project = \"" + projectKey + "\" AND issuetype = " + schema.objectiveTypeId()
                + " AND issuekey in (%s)";
        return pages.byKeys(jql, keys).stream().map(this::toOkrIssue).toList();
    }

    @Override
    public List<OkrIssue> issues(Collection<String> keys) {
        return pages.byKeys("issuekey in (%s)", keys).stream().filter(i -> i != null && i.getKey() != null)
                .map(this::toOkrIssue).toList();
    }

    @Override
    public Optional<OkrIssue> issue(String key) {
        if (!JqlPages.isIssueKey(key)) {
            return Optional.empty();
        }
        Issue issue = issues.getIssueObject(key);
        return issue == null ? Optional.empty() : Optional.of(toOkrIssue(issue));
    }

    @Override
    public Map<String, OkrLinks> links(Collection<OkrIssue> of, OkrSchema schema) {
        Map<String, OkrLinks> result = new LinkedHashMap<>();
        for (OkrIssue issue : of) {
            List<OkrIssue> keyResults = new ArrayList<>();
            List<OkrIssue> objectives = new ArrayList<>();
            List<OkrIssue> initiatives = new ArrayList<>();
            List<OkrIssue> parents = new ArrayList<>();
            List<OkrIssue> drives = new ArrayList<>();
            for (IssueLink link : nonNull(links.getInwardLinks(issue.id()))) {
                Long type = link.getLinkTypeId();
                if (Objects.equals(type, schema.measuresLinkTypeId())) {
                    add(keyResults, link.getSourceObject());
                } else if (Objects.equals(type, schema.drivesLinkTypeId())) {
                    add(initiatives, link.getSourceObject());
                }
            }
            for (IssueLink link : nonNull(links.getOutwardLinks(issue.id()))) {
                Long type = link.getLinkTypeId();
                if (Objects.equals(type, schema.measuresLinkTypeId())) {
                    add(objectives, link.getDestinationObject());
                } else if (Objects.equals(type, schema.alignsLinkTypeId())) {
                    add(parents, link.getDestinationObject());
                } else if (Objects.equals(type, schema.drivesLinkTypeId())) {
                    add(drives, link.getDestinationObject());
                }
            }
            result.put(issue.key(), new OkrLinks(keyResults, objectives, initiatives, parents, drives));
        }
        return result;
    }

    @Override
    public Map<String, Boolean> visibility(Collection<String> keys) {
        Map<String, Boolean> result = new LinkedHashMap<>();
        for (String key : keys) {
            Issue issue = JqlPages.isIssueKey(key) ? issues.getIssueObject(key) : null;
            if (issue != null) {
                result.put(key, browsable(issue));
            }
        }
        return result;
    }

    @Override
    public Set<String> browsable(Collection<String> keys) {
        return pages.browsable(keys);
    }

    private void add(List<OkrIssue> to, Issue issue) {
        if (issue != null && issue.getKey() != null) {
            to.add(toOkrIssue(issue));
        }
    }

    private OkrIssue toOkrIssue(Issue issue) {
        Project project = issue.getProjectObject();
        return new OkrIssue(issue.getId() == null ? 0L : issue.getId(), issue.getKey(), issue.getSummary(),
                project == null ? null : project.getKey(),
                issue.getIssueType() == null ? null : issue.getIssueType().getId(), browsable(issue));
    }

    private boolean browsable(Issue issue) {
        return permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, authentication.getLoggedInUser());
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
