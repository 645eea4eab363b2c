package dev.northstar.okr.ui;

import java.util.List;

/**
 * A project's cycles page: the project's own cycles and the global ones, with the actions the viewer may take on
 * each, and the form to create one; or, for someone who may not manage the project's cycles, why there is no form.
 * Immutable; every text is plain: the template engine escapes it.
 */
public final class CyclesPage {
    private final String projectKey;
    private final String pagePath;
    private final List<Option> projects;
    private final String message;
    private final List<CycleRow> cycles;
    private final String emptyText;
    private final String createPath;
    private final String manageNote;
    private final String globalNote;

    public CyclesPage(String projectKey, String pagePath, List<Option> projects, String message, List<CycleRow> cycles,
                      String emptyText, String createPath, String manageNote, String globalNote) {
        this.projectKey = projectKey;
        this.pagePath = pagePath;
        this.projects = List.copyOf(projects);
        this.message = message;
        this.cycles = List.copyOf(cycles);
        this.emptyText = emptyText;
        this.createPath = createPath;
        this.manageNote = manageNote;
        this.globalNote = globalNote;
    }

    /** The project shown; null while none is chosen */
    public String getProjectKey() {
        return projectKey;
    }

    /** This page's address, for the project picker */
    public String getPagePath() {
        return pagePath;
    }

    /** Projects with OKRs the viewer may browse, the shown one selected */
    public List<Option> getProjects() {
        return projects;
    }

    /** Instead of the cycles: choose a project, or the project is unknown to the viewer; else null */
    public String getMessage() {
        return message;
    }

    /** The project's cycles and the global ones, newest start first */
    public List<CycleRow> getCycles() {
        return cycles;
    }

    /** Set when there is no cycle at all; else null */
    public String getEmptyText() {
        return emptyText;
    }

    /** {@code POST /cycles}: null unless the viewer may create the project's cycles */
    public String getCreatePath() {
        return createPath;
    }

    /** Why the viewer has no form (they may not manage the project's cycles); else null */
    public String getManageNote() {
        return manageNote;
    }

    /** Who manages the global cycles listed, for a viewer who does not; else null */
    public String getGlobalNote() {
        return globalNote;
    }
}
