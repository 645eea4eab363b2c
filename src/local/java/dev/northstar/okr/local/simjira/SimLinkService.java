package dev.northstar.okr.local.simjira;

import com.atlassian.jira.bc.issue.link.IssueLinkService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.Direction;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.user.ApplicationUser;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Jira's issue link service over the data set: links issues as the user, validated as Jira validates (the Link Issues
 * permission on the issue acted from, the link type exists, the other issues exist and the user may see them, no link
 * of an issue to itself). Each link made or removed records a "Link" change item on both issues, worded with the link
 * type's descriptions as Jira's history words it ("This issue drives OKR-12"). Like Jira's link manager, it publishes
 * no issue event (Jira publishes its own link events, which the app does not listen to). Linking two issues twice
 * links them once.
 */
final class SimLinkService implements IssueLinkService {
    private final SimulatedJira jira;
    private final Map<Object, Object> pending = Collections.synchronizedMap(new WeakHashMap<>());

    SimLinkService(SimulatedJira jira) {
        this.jira = jira;
    }

    @Override
    public AddIssueLinkValidationResult validateAddIssueLinks(ApplicationUser user, Issue issue, Long issueLinkTypeId,
                                                              Direction direction, Collection<String> linkKeys,
                                                              boolean excludeSystemLinks) {
        SimErrors errors = new SimErrors(jira.locale());
        SimIssue acting = issue == null ? null : jira.issue(issue.getKey());
        SimLinkType type = jira.config().linkType(issueLinkTypeId).orElse(null);
        if (user == null) {
            errors.message(SimErrors.Reason.NOT_LOGGED_IN, "write.notLoggedIn");
        } else if (acting == null || !jira.permissions().hasPermission(ProjectPermissions.BROWSE_PROJECTS, acting, user)) {
            errors.message(SimErrors.Reason.NOT_FOUND, "write.noIssue");
        } else if (!jira.permissions().hasPermission(ProjectPermissions.LINK_ISSUES, acting, user)) {
            errors.message(SimErrors.Reason.FORBIDDEN, "write.linkPermission");
        }
        if (type == null) {
            errors.message(SimErrors.Reason.VALIDATION_FAILED, "write.linkType", issueLinkTypeId);
        }
        List<JiraLinks.Link> links = new ArrayList<>();
        for (String key : linkKeys) {
            SimIssue other = jira.issue(key);
            if (other == null || user == null
                    || !jira.permissions().hasPermission(ProjectPermissions.BROWSE_PROJECTS, other, user)) {
                errors.field("issuekeys", "write.linkIssue", key);
            } else if (acting != null && other.getKey().equals(acting.getKey())) {
                errors.field("issuekeys", "write.linkSelf");
            } else if (acting != null && type != null) {
                links.add(direction == Direction.IN ? new JiraLinks.Link(type.name(), other.getKey(), acting.getKey())
                        : new JiraLinks.Link(type.name(), acting.getKey(), other.getKey()));
            }
        }
        AddIssueLinkValidationResult result = SimResults.result(AddIssueLinkValidationResult.class, errors);
        if (!errors.hasAnyErrors()) {
            pending.put(result, List.copyOf(links));
        }
        return result;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void addIssueLinks(ApplicationUser user, AddIssueLinkValidationResult result) {
        if (!(pending.remove(result) instanceof List<?> links)) {
            throw new IllegalStateException("You can not add links with an invalid validation result.");
        }
        Instant now = Instant.now();
        for (JiraLinks.Link link : (List<JiraLinks.Link>) links) {
            if (jira.data().links().add(link)) {
                jira.journal().link(link, true);
                recorded(link, now, true);
            }
        }
    }

    @Override
    public DeleteIssueLinkValidationResult validateDelete(ApplicationUser user, Issue issue, IssueLink issueLink) {
        SimErrors errors = new SimErrors(jira.locale());
        SimIssue acting = issue == null ? null : jira.issue(issue.getKey());
        JiraLinks.Link link = stored(issueLink);
        if (user == null) {
            errors.message(SimErrors.Reason.NOT_LOGGED_IN, "write.notLoggedIn");
        } else if (acting == null || !jira.permissions().hasPermission(ProjectPermissions.BROWSE_PROJECTS, acting, user)) {
            errors.message(SimErrors.Reason.NOT_FOUND, "write.noIssue");
        } else if (!jira.permissions().hasPermission(ProjectPermissions.LINK_ISSUES, acting, user)) {
            errors.message(SimErrors.Reason.FORBIDDEN, "write.linkPermission");
        } else if (link == null) {
            errors.message(SimErrors.Reason.NOT_FOUND, "write.noLink");
        }
        DeleteIssueLinkValidationResult result = SimResults.result(DeleteIssueLinkValidationResult.class, errors);
        if (!errors.hasAnyErrors()) {
            pending.put(result, link);
        }
        return result;
    }

    @Override
    public void delete(DeleteIssueLinkValidationResult result) {
        if (!(pending.remove(result) instanceof JiraLinks.Link link)) {
            throw new IllegalStateException("You can not delete a link with an invalid validation result.");
        }
        if (jira.data().links().remove(link)) {
            jira.journal().link(link, false);
            recorded(link, Instant.now(), false);
        }
    }

    /** The stored link a link read from the link manager stands for, if it is still there. */
    private JiraLinks.Link stored(IssueLink issueLink) {
        if (issueLink == null || issueLink.getSourceObject() == null || issueLink.getDestinationObject() == null) {
            return null;
        }
        String type = jira.config().linkType(issueLink.getLinkTypeId()).map(SimLinkType::name).orElse(null);
        JiraLinks.Link link = new JiraLinks.Link(type, issueLink.getSourceObject().getKey(),
                issueLink.getDestinationObject().getKey());
        return jira.data().links().outward(link.source()).contains(link) ? link : null;
    }

    /** The "Link" change items Jira records on both issues of a link made or removed. */
    private void recorded(JiraLinks.Link link, Instant at, boolean made) {
        SimLinkType type = jira.config().linkTypesNamed(link.type()).stream().findFirst().orElse(null);
        String outward = type == null ? link.type() : type.outward();
        String inward = type == null ? link.type() : type.inward();
        SimErrors words = new SimErrors(java.util.Locale.ENGLISH);
        String onSource = words.text("write.linkOut", outward, link.destination());
        String onDestination = words.text("write.linkOut", inward, link.source());
        List<JiraData.Change> onSourceItem = List.of(made
                ? new JiraData.Change("jira", "Link", null, null, link.destination(), onSource, at)
                : new JiraData.Change("jira", "Link", link.destination(), onSource, null, null, at));
        List<JiraData.Change> onDestinationItem = List.of(made
                ? new JiraData.Change("jira", "Link", null, null, link.source(), onDestination, at)
                : new JiraData.Change("jira", "Link", link.source(), onDestination, null, null, at));
        jira.data().record(link.source(), onSourceItem);
        jira.data().record(link.destination(), onDestinationItem);
        jira.journal().changes(link.source(), onSourceItem);
        jira.journal().changes(link.destination(), onDestinationItem);
    }
}
