package dev.northstar.okr.ui;

import java.util.List;

/**
 * A Jira field the app finds by name (story points, sprint), with the fields to choose from when several share the
 * name. Immutable; every text is plain: the template engine escapes it.
 */
public final class FieldChoiceView {
    private final String field;
    private final List<Option> options;
    private final String problem;

    public FieldChoiceView(String field, List<Option> options, String problem) {
        this.field = field;
        this.options = List.copyOf(options);
        this.problem = problem;
    }

    /** The settings field: storyPointsField or sprintField */
    public String getField() {
        return field;
    }

    /** "find by name" and the candidate fields */
    public List<Option> getOptions() {
        return options;
    }

    /** Why it cannot be found by name; else null */
    public String getProblem() {
        return problem;
    }
}
