package dev.northstar.okr.jira;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.link.IssueLinkService;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.link.Direction;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import dev.northstar.okr.authoring.FieldValue;
import dev.northstar.okr.authoring.IssueWrites;
import dev.northstar.okr.authoring.LinkChange;
import dev.northstar.okr.authoring.NewIssue;
import dev.northstar.okr.authoring.Written;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Writes to Jira as the logged-in user through Jira's own issue and link services, so that Jira's permissions,
 * required fields, validation, change history and events apply exactly as in Jira's own screens. Every write is
 * validated first and made only when valid; a refusal comes back as Jira's error collection, in Jira's words.
 *
 * <p>The app's key result fields are on no screen (setup creates them without one), so edits skip Jira's screen check;
 * they still need to be in the field's context for the issue's project and type, as setup makes them. An edit names
 * only the fields it changes and validates only those, keeping every other field as it is. Numbers are written in the
 * user's language, as Jira's number field parses them (a German user's "12,5").
 */
public class JiraIssueWrites implements IssueWrites {
    private final IssueService issueService;
    private final IssueLinkService linkService;
    private final IssueManager issues;
    private final IssueLinkManager links;
    private final ProjectManager projects;
    private final PermissionManager permissions;
    private final JiraAuthenticationContext authentication;

    public JiraIssueWrites(IssueService issueService, IssueLinkService linkService, IssueManager issues,
                           IssueLinkManager links, ProjectManager projects, PermissionManager permissions,
                           JiraAuthenticationContext authentication) {
        this.issueService = issueService;
        this.linkService = linkService;
        this.issues = issues;
        this.links = links;
        this.projects = projects;
        this.permissions = permissions;
        this.authentication = authentication;
    }

    @Override
    public boolean mayCreate(String projectKey) {
        return onProject(ProjectPermissions.CREATE_ISSUES, projectKey);
    }

    @Override
    public boolean mayLinkIn(String projectKey) {
        return onProject(ProjectPermissions.LINK_ISSUES, projectKey);
    }

    @Override
    public boolean mayLink(String issueKey) {
        ApplicationUser user = authentication.getLoggedInUser();
        MutableIssue issue = issueKey == null ? null : issues.getIssueObject(issueKey);
        return user != null && issue != null && permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)
                && permissions.hasPermission(ProjectPermissions.LINK_ISSUES, issue, user);
    }

    private boolean onProject(ProjectPermissionKey permission, String projectKey) {
        ApplicationUser user = authentication.getLoggedInUser();
        Project project = projectKey == null ? null : projects.getProjectObjByKey(projectKey);
        return user != null && project != null && permissions.hasPermission(permission, project, user);
    }

    @Override
    public Written<Void> check(NewIssue issue) {
        ApplicationUser user = authentication.getLoggedInUser();
        Project project = projects.getProjectObjByKey(issue.projectKey());
        if (project == null) {
            return Written.refused(Written.Refusal.NOT_FOUND, List.of(), Map.of());
        }
        IssueService.CreateValidationResult valid = issueService.validateCreate(user, parameters(issue, project, user));
        return valid.isValid() ? Written.done(null) : refused(valid);
    }

    @Override
    public Written<String> create(NewIssue issue) {
        ApplicationUser user = authentication.getLoggedInUser();
        Project project = projects.getProjectObjByKey(issue.projectKey());
        if (project == null) {
            return Written.refused(Written.Refusal.NOT_FOUND, List.of(), Map.of());
        }
        IssueService.CreateValidationResult valid = issueService.validateCreate(user, parameters(issue, project, user));
        if (!valid.isValid()) {
            return refused(valid);
        }
        IssueService.IssueResult created = issueService.create(user, valid);
        if (!created.isValid() || created.getIssue() == null) {
            return refused(created);
        }
        return Written.done(created.getIssue().getKey());
    }

    private IssueInputParameters parameters(NewIssue issue, Project project, ApplicationUser user) {
        IssueInputParameters in = issueService.newIssueInputParameters();
        in.setApplyDefaultValuesWhenParameterNotProvided(true);
        in.setSkipScreenCheck(!issue.values().isEmpty());
        in.setProjectId(project.getId());
        in.setIssueTypeId(issue.issueTypeId());
        in.setSummary(issue.summary());
        if (user != null) {
            in.setReporterId(user.getUsername());
        }
        values(in, issue.values());
        return in;
    }

    @Override
    public Written<Void> update(String issueKey, List<FieldValue> values) {
        ApplicationUser user = authentication.getLoggedInUser();
        MutableIssue issue = issues.getIssueObject(issueKey);
        if (issue == null) {
            return Written.refused(Written.Refusal.NOT_FOUND, List.of(), Map.of());
        }
        IssueInputParameters in = issueService.newIssueInputParameters();
        // change only the fields named, and validate only those: an unrelated empty required field must not block it
        in.setRetainExistingValuesWhenParameterNotProvided(true, true);
        in.setSkipScreenCheck(true);
        values(in, values);
        IssueService.UpdateValidationResult valid = issueService.validateUpdate(user, issue.getId(), in);
        if (!valid.isValid()) {
            return refused(valid);
        }
        IssueService.IssueResult updated = issueService.update(user, valid);
        return updated.isValid() ? Written.done(null) : refused(updated);
    }

    /** Each value in Jira's input form: a number in the user's language, a text, or no value to clear the field. */
    private void values(IssueInputParameters in, List<FieldValue> values) {
        Locale locale = authentication.getLocale() == null ? Locale.ENGLISH : authentication.getLocale();
        for (FieldValue value : values) {
            if (value.cleared()) {
                in.addCustomFieldValue(value.fieldId());
            } else if (value.number() != null) {
                in.addCustomFieldValue(value.fieldId(), number(value.number(), locale));
            } else {
                in.addCustomFieldValue(value.fieldId(), value.text());
            }
        }
    }

    /** A number as Jira's number field reads it for a user of this language: their decimal mark, no grouping. */
    static String number(double value, Locale locale) {
        DecimalFormat format = new DecimalFormat("0.##########", DecimalFormatSymbols.getInstance(locale));
        format.setGroupingUsed(false);
        return format.format(value);
    }

    @Override
    public Written<Void> delete(String issueKey) {
        ApplicationUser user = authentication.getLoggedInUser();
        MutableIssue issue = issues.getIssueObject(issueKey);
        if (issue == null) {
            return Written.done(null);
        }
        IssueService.DeleteValidationResult valid = issueService.validateDelete(user, issue.getId());
        if (!valid.isValid()) {
            return refused(valid);
        }
        ErrorCollection errors = issueService.delete(user, valid);
        return errors == null || !errors.hasAnyErrors() ? Written.done(null) : refused(errors);
    }

    @Override
    public Written<Void> link(LinkChange change) {
        ApplicationUser user = authentication.getLoggedInUser();
        MutableIssue acting = issues.getIssueObject(change.actingKey());
        if (acting == null) {
            return Written.refused(Written.Refusal.NOT_FOUND, List.of(), Map.of());
        }
        IssueLinkService.AddIssueLinkValidationResult valid = linkService.validateAddIssueLinks(user, acting,
                change.linkTypeId(), change.outward() ? Direction.OUT : Direction.IN, List.of(change.otherKey()), true);
        if (!valid.isValid()) {
            return refused(valid);
        }
        linkService.addIssueLinks(user, valid);
        return Written.done(null);
    }

    @Override
    public Written<Void> unlink(LinkChange change) {
        ApplicationUser user = authentication.getLoggedInUser();
        MutableIssue acting = issues.getIssueObject(change.actingKey());
        MutableIssue source = issues.getIssueObject(change.sourceKey());
        if (acting == null || source == null) {
            return Written.refused(Written.Refusal.NOT_FOUND, List.of(), Map.of());
        }
        List<IssueLink> matching = new ArrayList<>();
        List<IssueLink> outward = links.getOutwardLinks(source.getId());
        for (IssueLink link : outward == null ? List.<IssueLink>of() : outward) {
            if (Objects.equals(link.getLinkTypeId(), change.linkTypeId()) && link.getDestinationObject() != null
                    && change.destinationKey().equals(link.getDestinationObject().getKey())) {
                matching.add(link);
            }
        }
        for (IssueLink link : matching) {
            IssueLinkService.DeleteIssueLinkValidationResult valid = linkService.validateDelete(user, acting, link);
            if (!valid.isValid()) {
                return refused(valid);
            }
            linkService.delete(valid);
        }
        return Written.done(null);
    }

    private static <T> Written<T> refused(ServiceResult result) {
        return refused(result.getErrorCollection());
    }

    /** Jira's refusal, in Jira's words, with the worst of its reasons. */
    static <T> Written<T> refused(ErrorCollection errors) {
        if (errors == null) {
            return Written.refused(Written.Refusal.INVALID, List.of(), Map.of());
        }
        List<String> messages = errors.getErrorMessages() == null ? List.of()
                : errors.getErrorMessages().stream().filter(Objects::nonNull).toList();
        Map<String, String> fields = errors.getErrors() == null ? Map.of() : errors.getErrors();
        return Written.refused(refusal(errors), messages, fields);
    }

    /** The worst reason Jira gave, read by the names of its ErrorCollection.Reason constants. */
    private static Written.Refusal refusal(ErrorCollection errors) {
        List<String> names = new ArrayList<>();
        if (errors.getReasons() != null) {
            for (Object reason : errors.getReasons()) {
                names.add(reason instanceof Enum<?> constant ? constant.name() : String.valueOf(reason));
            }
        }
        if (names.contains("NOT_LOGGED_IN")) {
            return Written.Refusal.NOT_LOGGED_IN;
        }
        if (names.contains("FORBIDDEN")) {
            return Written.Refusal.FORBIDDEN;
        }
        if (names.contains("NOT_FOUND")) {
            return Written.Refusal.NOT_FOUND;
        }
        return Written.Refusal.INVALID;
    }
}
