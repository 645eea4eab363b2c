package dev.northstar.okr.local.simjira;

import com.atlassian.jira.issue.link.IssueLinkType;

/** An issue link type of the simulated Jira: Jira's defaults, and those the app's setup creates. */
record SimLinkType(long id, String name, String outward, String inward) implements IssueLinkType {
    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getOutward() {
        return outward;
    }

    @Override
    public String getInward() {
        return inward;
    }
}
