package dev.northstar.okr.ui;

import java.util.List;

/**
 * The admin configuration page (Jira administrators only). Immutable; every text is plain: the template engine
 * escapes it.
 */
public final class AdminPage {
    private final AdminSettings settings;
    private final FieldChoiceView storyPoints;
    private final FieldChoiceView sprint;
    private final List<SchemaItemRow> schema;
    private final String setupText;
    private final String setupCss;
    private final String setupProblem;
    private final List<ProjectRow> projects;
    private final List<CycleRow> cycles;
    private final AdminPaths paths;

    public AdminPage(
            AdminSettings settings, FieldChoiceView storyPoints, FieldChoiceView sprint, List<SchemaItemRow> schema,
            String setupText, String setupCss, List<ProjectRow> projects, List<CycleRow> cycles, AdminPaths paths) {
        this(settings, storyPoints, sprint, schema, setupText, setupCss, null, projects, cycles, paths);
    }

    /** {@code setupProblem}: why the last setup run failed, or null. */
    public AdminPage(
            AdminSettings settings, FieldChoiceView storyPoints, FieldChoiceView sprint, List<SchemaItemRow> schema,
            String setupText, String setupCss, String setupProblem, List<ProjectRow> projects, List<CycleRow> cycles,
            AdminPaths paths) {
        this.settings = settings;
        this.storyPoints = storyPoints;
        this.sprint = sprint;
        this.schema = List.copyOf(schema);
        this.setupText = setupText;
        this.setupCss = setupCss;
        this.setupProblem = setupProblem;
        this.projects = List.copyOf(projects);
        this.cycles = List.copyOf(cycles);
        this.paths = paths;
    }

    /** Current settings */
    public AdminSettings getSettings() {
        return settings;
    }

    /** Story points field choice */
    public FieldChoiceView getStoryPoints() {
        return storyPoints;
    }

    /** Sprint field choice */
    public FieldChoiceView getSprint() {
        return sprint;
    }

    /** Issue types, link types and fields */
    public List<SchemaItemRow> getSchema() {
        return schema;
    }

    /** Whether setup is complete */
    public String getSetupText() {
        return setupText;
    }

    /** AUI lozenge modifier */
    public String getSetupCss() {
        return setupCss;
    }

    /** Why the last setup run failed (on start, in an upgrade task, or on request), or null */
    public String getSetupProblem() {
        return setupProblem;
    }

    /** Enabled projects */
    public List<ProjectRow> getProjects() {
        return projects;
    }

    /** All cycles */
    public List<CycleRow> getCycles() {
        return cycles;
    }

    /** REST paths */
    public AdminPaths getPaths() {
        return paths;
    }
}
