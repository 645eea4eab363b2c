package dev.northstar.okr.ui;

import java.util.List;

/**
 * The settings as the form shows them (text, as the person typed it). Immutable; every text is plain: the template
 * engine escapes it.
 */
public final class AdminSettings {
    private final String paceOnTrack;
    private final String paceAtRisk;
    private final String justStartedBelow;
    private final String staleDays;
    private final String enabledProjects;
    private final String weightToDo;
    private final String weightInProgress;
    private final String weightDone;
    private final List<Option> hiddenIssues;

    public AdminSettings(
            String paceOnTrack, String paceAtRisk, String justStartedBelow, String staleDays, String enabledProjects,
            String weightToDo, String weightInProgress, String weightDone, List<Option> hiddenIssues) {
        this.paceOnTrack = paceOnTrack;
        this.paceAtRisk = paceAtRisk;
        this.justStartedBelow = justStartedBelow;
        this.staleDays = staleDays;
        this.enabledProjects = enabledProjects;
        this.weightToDo = weightToDo;
        this.weightInProgress = weightInProgress;
        this.weightDone = weightDone;
        this.hiddenIssues = List.copyOf(hiddenIssues);
    }

    public String getPaceOnTrack() {
        return paceOnTrack;
    }

    public String getPaceAtRisk() {
        return paceAtRisk;
    }

    public String getJustStartedBelow() {
        return justStartedBelow;
    }

    public String getStaleDays() {
        return staleDays;
    }

    /** Comma separated */
    public String getEnabledProjects() {
        return enabledProjects;
    }

    public String getWeightToDo() {
        return weightToDo;
    }

    public String getWeightInProgress() {
        return weightInProgress;
    }

    public String getWeightDone() {
        return weightDone;
    }

    /** How figures treat issues a viewer cannot see: counted, or left out; the stored choice selected */
    public List<Option> getHiddenIssues() {
        return hiddenIssues;
    }
}
