package dev.northstar.okr.local.simjira;

import dev.northstar.okr.domain.Sprint;

import java.util.Date;

/**
 * One value of the simulated Jira Software sprint field, shaped as Jira Software's sprint object is read by the app
 * (by reflection: getId, getName, getState and the three dates). Public because the app looks its methods up on a
 * public type, as it must for Jira Software's own classes.
 */
public final class SimSprint {
    private final Sprint sprint;

    SimSprint(Sprint sprint) {
        this.sprint = sprint;
    }

    public Long getId() {
        return (long) sprint.id();
    }

    public String getName() {
        return sprint.name();
    }

    public String getState() {
        return sprint.state();
    }

    public Date getStartDate() {
        return sprint.start() == null ? null : Date.from(sprint.start());
    }

    public Date getEndDate() {
        return sprint.end() == null ? null : Date.from(sprint.end());
    }

    public Date getCompleteDate() {
        return sprint.complete() == null ? null : Date.from(sprint.complete());
    }
}
