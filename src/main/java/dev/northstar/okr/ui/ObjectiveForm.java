package dev.northstar.okr.ui;

import java.util.List;

/**
 * The overview's "New objective" form: an objective with up to five key results, created in Jira as the viewer. When
 * the viewer may not create one, only {@link #getWhyNot()} is set. {@link #getSteps()} guide a team whose cycle has no
 * objective yet. Immutable; every text is plain: the template engine escapes it.
 */
public final class ObjectiveForm {
    private final String whyNot;
    private final String postPath;
    private final String pagePath;
    private final List<Option> projects;
    private final List<Option> cycles;
    private final List<Option> kinds;
    private final List<KeyResultFormRow> rows;
    private final String guideTitle;
    private final List<String> steps;

    public ObjectiveForm(String whyNot, String postPath, String pagePath, List<Option> projects, List<Option> cycles,
                         List<Option> kinds, List<KeyResultFormRow> rows, String guideTitle, List<String> steps) {
        this.whyNot = whyNot;
        this.postPath = postPath;
        this.pagePath = pagePath;
        this.projects = List.copyOf(projects);
        this.cycles = List.copyOf(cycles);
        this.kinds = List.copyOf(kinds);
        this.rows = List.copyOf(rows);
        this.guideTitle = guideTitle;
        this.steps = List.copyOf(steps);
    }

    /** Why the viewer cannot create an objective here; null when they can */
    public String getWhyNot() {
        return whyNot;
    }

    /** REST address that creates the objective (POST); null when the viewer cannot */
    public String getPostPath() {
        return postPath;
    }

    /** The overview, opened again on the new objective's cycle and project */
    public String getPagePath() {
        return pagePath;
    }

    /** Projects where the viewer may create objectives */
    public List<Option> getProjects() {
        return projects;
    }

    /** Open cycles the viewer may place it in */
    public List<Option> getCycles() {
        return cycles;
    }

    /** Key result kinds */
    public List<Option> getKinds() {
        return kinds;
    }

    /** One row per key result the form can take */
    public List<KeyResultFormRow> getRows() {
        return rows;
    }

    /** Heading of the guided steps, for an empty cycle; null when objectives are shown */
    public String getGuideTitle() {
        return guideTitle;
    }

    /** How to set up a quarter, for an empty cycle; empty when objectives are shown */
    public List<String> getSteps() {
        return steps;
    }
}
