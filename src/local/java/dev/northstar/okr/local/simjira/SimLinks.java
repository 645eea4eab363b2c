package dev.northstar.okr.local.simjira;

import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import dev.northstar.okr.schema.LinkTypeSpec;
import dev.northstar.okr.schema.OkrSchemaSpec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Issue links and link types. The data set's links (a key result measures its objective, an initiative drives a
 * key result, an objective aligns to its parent) are of the link types of those names, once setup has created them:
 * until then Jira knows no such type and the links carry none, as links of an unknown type.
 */
final class SimLinks implements IssueLinkManager, IssueLinkTypeManager {
    private final SimulatedJira jira;

    SimLinks(SimulatedJira jira) {
        this.jira = jira;
    }

    @Override
    public List<IssueLink> getOutwardLinks(Long sourceIssueId) {
        SimIssue source = jira.issue(sourceIssueId);
        if (source == null) {
            return List.of();
        }
        String key = source.getKey();
        JiraData data = jira.data();
        List<IssueLink> links = new ArrayList<>();
        data.objectiveOf(key).ifPresent(o -> add(links, OkrSchemaSpec.MEASURES, source, jira.issue(o)));
        data.parentOf(key).ifPresent(p -> add(links, OkrSchemaSpec.ALIGNS, source, jira.issue(p)));
        data.keyResultsDrivenBy(key).forEach(kr -> add(links, OkrSchemaSpec.DRIVES, source, jira.issue(kr)));
        return links;
    }

    @Override
    public List<IssueLink> getInwardLinks(Long destinationIssueId) {
        SimIssue destination = jira.issue(destinationIssueId);
        if (destination == null) {
            return List.of();
        }
        String key = destination.getKey();
        JiraData data = jira.data();
        List<IssueLink> links = new ArrayList<>();
        data.keyResultsOf(key).forEach(kr -> add(links, OkrSchemaSpec.MEASURES, jira.issue(kr), destination));
        data.initiativesOf(key).forEach(i -> add(links, OkrSchemaSpec.DRIVES, jira.issue(i), destination));
        data.alignedTo(key).forEach(c -> add(links, OkrSchemaSpec.ALIGNS, jira.issue(c), destination));
        return links;
    }

    private void add(List<IssueLink> links, LinkTypeSpec type, SimIssue source, SimIssue destination) {
        if (source != null && destination != null) {
            Long typeId = jira.config().linkTypesNamed(type.name()).stream().map(SimLinkType::id).findFirst()
                    .orElse(null);
            links.add(new SimLink(typeId, source, destination));
        }
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
