package dev.northstar.okr.local.simjira;

import com.atlassian.jira.project.Project;

/** A project of the simulated Jira. */
record SimProject(String key, String name) implements Project {
    @Override
    public String getKey() {
        return key;
    }
}
