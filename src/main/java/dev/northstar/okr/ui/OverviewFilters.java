package dev.northstar.okr.ui;

import java.util.List;

/**
 * The overview's filters: cycle, project, owner. Immutable; every text is plain: the template engine escapes it.
 */
public final class OverviewFilters {
    private final String pagePath;
    private final List<Option> cycles;
    private final List<Option> projects;
    private final List<Option> owners;

    public OverviewFilters(String pagePath, List<Option> cycles, List<Option> projects, List<Option> owners) {
        this.pagePath = pagePath;
        this.cycles = List.copyOf(cycles);
        this.projects = List.copyOf(projects);
        this.owners = List.copyOf(owners);
    }

    /** This page */
    public String getPagePath() {
        return pagePath;
    }

    /** Cycles the caller may see */
    public List<Option> getCycles() {
        return cycles;
    }

    /** Projects with OKRs the caller may browse */
    public List<Option> getProjects() {
        return projects;
    }

    /** Owners of the shown objectives */
    public List<Option> getOwners() {
        return owners;
    }
}
