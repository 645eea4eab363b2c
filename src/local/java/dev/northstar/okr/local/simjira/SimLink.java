package dev.northstar.okr.local.simjira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLink;

/** A link between two issues, from source to destination (the link type's outward direction). */
record SimLink(Long linkTypeId, Issue source, Issue destination) implements IssueLink {
    @Override
    public Long getLinkTypeId() {
        return linkTypeId;
    }

    @Override
    public Issue getSourceObject() {
        return source;
    }

    @Override
    public Issue getDestinationObject() {
        return destination;
    }
}
