package dev.northstar.okr.local.simjira;

import com.atlassian.jira.project.Project;

/** A project of the simulated Jira; its id is made from its key, the same on every start. */
record SimProject(String key, String name) implements Project {
    @Override
    public String getKey() {
        return key;
    }

    @Override
    public Long getId() {
        return 10_000L + (key.hashCode() & 0xffffL);
    }
}
