package dev.northstar.okr.ui;

import java.util.List;

/**
 * A key result's status-category credit in the settings form: the administrator's default, or weights of its own for
 * to do, in progress and done (shown filled with the default until it has its own). Immutable; every text is plain:
 * the template engine escapes it.
 */
public final class StatusCreditFields {
    private final List<Option> choices;
    private final String toDo;
    private final String inProgress;
    private final String done;

    StatusCreditFields(List<Option> choices, String toDo, String inProgress, String done) {
        this.choices = List.copyOf(choices);
        this.toDo = toDo;
        this.inProgress = inProgress;
        this.done = done;
    }

    /** The administrator's default (naming its weights), or weights of its own */
    public List<Option> getChoices() {
        return choices;
    }

    /** Credit in status category "to do" */
    public String getToDo() {
        return toDo;
    }

    /** Credit in status category "in progress" */
    public String getInProgress() {
        return inProgress;
    }

    /** Credit in status category "done" */
    public String getDone() {
        return done;
    }
}
