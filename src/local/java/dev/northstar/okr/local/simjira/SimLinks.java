package dev.northstar.okr.local.simjira;

import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Issue links and link types. Links are kept by their type's name ({@link JiraLinks}): the data set's links (a key
 * result measures its objective, an initiative drives a key result, an objective aligns to its parent) are of the
 * link types of those names once setup has created them; until then Jira knows no such type and the links carry none,
 * as links of an unknown type.
 */
final class SimLinks implements IssueLinkManager, IssueLinkTypeManager {
    private final SimulatedJira jira;

    SimLinks(SimulatedJira jira) {
        this.jira = jira;
    }

    @Override
    public List<IssueLink> getOutwardLinks(Long sourceIssueId) {
        SimIssue source = jira.issue(sourceIssueId);
        return source == null ? List.of() : links(jira.data().links().outward(source.getKey()));
    }

    @Override
    public List<IssueLink> getInwardLinks(Long destinationIssueId) {
        SimIssue destination = jira.issue(destinationIssueId);
        return destination == null ? List.of() : links(jira.data().links().inward(destination.getKey()));
    }

    private List<IssueLink> links(List<JiraLinks.Link> stored) {
        List<IssueLink> links = new ArrayList<>();
        for (JiraLinks.Link link : stored) {
            SimIssue source = jira.issue(link.source());
            SimIssue destination = jira.issue(link.destination());
            if (source != null && destination != null) {
                Long typeId = jira.config().linkTypesNamed(link.type()).stream().map(SimLinkType::id).findFirst()
                        .orElse(null);
                links.add(new SimLink(typeId, source, destination));
            }
        }
        return links;
    }

    @Override
    public void createIssueLinkType(String name, String outward, String inward, String style) {
        jira.config().createLinkType(name, outward, inward);
    }

    @Override
    public IssueLinkType getIssueLinkType(Long id) {
        return jira.config().linkType(id).orElse(null);
    }

    @Override
    public Collection<IssueLinkType> getIssueLinkTypesByName(String name) {
        return List.copyOf(jira.config().linkTypesNamed(name));
    }
}
