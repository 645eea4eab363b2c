package dev.northstar.okr.ui;

import java.util.List;

/**
 * Choosing the project, board and sprint of the review. Boards and sprints come from Jira Software's REST API in
 * the browser. Immutable; every text is plain: the template engine escapes it.
 */
public final class SprintPicker {
    private final List<Option> projects;
    private final String project;
    private final String boardId;
    private final String sprintId;
    private final String agilePath;
    private final String pagePath;

    public SprintPicker(
            List<Option> projects, String project, String boardId, String sprintId, String agilePath,
            String pagePath) {
        this.projects = List.copyOf(projects);
        this.project = project;
        this.boardId = boardId;
        this.sprintId = sprintId;
        this.agilePath = agilePath;
        this.pagePath = pagePath;
    }

    /** Projects with OKRs the caller may browse */
    public List<Option> getProjects() {
        return projects;
    }

    /** Chosen project, may be empty */
    public String getProject() {
        return project;
    }

    /** Chosen board, may be empty */
    public String getBoardId() {
        return boardId;
    }

    /** Chosen sprint, may be empty */
    public String getSprintId() {
        return sprintId;
    }

    /** Jira Software REST base path */
    public String getAgilePath() {
        return agilePath;
    }

    /** This page */
    public String getPagePath() {
        return pagePath;
    }
}
