package dev.northstar.okr.settings;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.northstar.okr.errors.InvalidInputException;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The app-wide settings a Jira administrator controls. Always valid: the constructor checks every rule, so no
 * other class has to.
 *
 * @param paceOnTrack      on track when progress / expected is at least this
 * @param paceAtRisk       at risk when progress / expected is at least this (and below on track); off track below
 * @param justStartedBelow while less than this fraction of the cycle has passed, pace is "just started"
 * @param staleDays        a KR without a check-in for more than this many days is stale
 * @param enabledProjects  keys of the projects that get the Objective and Key Result issue types
 * @param storyPointsField the story points field chosen by the admin, or empty to find it by name
 * @param sprintField      the sprint field chosen by the admin, or empty to find it by name
 * @param defaultCredit    the default credit per status category, for key results without weights of their own
 * @param hiddenIssues     how figures treat issues a viewer may not browse: {@value #HIDDEN_COUNT} (counted, never
 *                         named) or {@value #HIDDEN_LEAVE_OUT} (left out of that viewer's figures)
 */
public record AppSettings(double paceOnTrack, double paceAtRisk, double justStartedBelow, int staleDays,
                          List<String> enabledProjects, String storyPointsField, String sprintField,
                          @JsonUnwrapped DefaultCredit defaultCredit, String hiddenIssues) {

    /**
     * The default credit for an issue in status category "to do", "in progress" and "done" (written flat in the
     * settings' JSON, as before it was a part of its own).
     */
    public record DefaultCredit(double weightToDo, double weightInProgress, double weightDone) {
    }

    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");
    private static final Pattern CUSTOM_FIELD_ID = Pattern.compile("customfield_[0-9]{1,18}");
    /**
     * Most characters the enabled projects' keys may take together: the settings are one document in SAL's plugin
     * settings, whose values hold at most 99,000 characters, and the other settings take far less than the rest.
     */
    public static final int MAX_PROJECTS_TEXT = 90_000;
    /** Issues a viewer may not browse count in the figures but are never named: the default. */
    public static final String HIDDEN_COUNT = "count";
    /** Issues a viewer may not browse are left out of that viewer's figures. */
    public static final String HIDDEN_LEAVE_OUT = "leave-out";

    /** UpRaise's published 0.95 / 0.75 pace rule, two weeks to stale, done-only credit, hidden issues counted. */
    public static final AppSettings DEFAULTS = new AppSettings(0.95, 0.75, 0.10, 14, List.of(), "", "",
            0.0, 0.0, 1.0, HIDDEN_COUNT);

    public AppSettings {
        fraction("paceOnTrack", paceOnTrack, 0.01, 2.0);
        fraction("paceAtRisk", paceAtRisk, 0.0, 2.0);
        if (paceAtRisk >= paceOnTrack) {
            throw new InvalidInputException("paceAtRisk", "okr.error.settings.atRiskAboveOnTrack");
        }
        fraction("justStartedBelow", justStartedBelow, 0.0, 0.5);
        if (staleDays < 1 || staleDays > 365) {
            throw new InvalidInputException("staleDays", "okr.error.outOfRange", 1, 365);
        }
        for (String key : enabledProjects) {
            if (key == null || !PROJECT_KEY.matcher(key).matches()) {
                throw new InvalidInputException("enabledProjects", "okr.error.settings.projectKey",
                        String.valueOf(key));
            }
        }
        enabledProjects = enabledProjects.stream().distinct().sorted().toList();
        if (String.join(",", enabledProjects).length() > MAX_PROJECTS_TEXT) {
            throw new InvalidInputException("enabledProjects", "okr.error.settings.projectsTooLong",
                    MAX_PROJECTS_TEXT);
        }
        storyPointsField = fieldId("storyPointsField", storyPointsField);
        sprintField = fieldId("sprintField", sprintField);
        java.util.Objects.requireNonNull(defaultCredit, "defaultCredit");
        double weightToDo = defaultCredit.weightToDo();
        double weightInProgress = defaultCredit.weightInProgress();
        double weightDone = defaultCredit.weightDone();
        fraction("weightToDo", weightToDo, 0.0, 1.0);
        fraction("weightInProgress", weightInProgress, 0.0, 1.0);
        fraction("weightDone", weightDone, 0.0, 1.0);
        if (weightToDo > weightInProgress || weightInProgress > weightDone || weightDone == 0.0) {
            throw new InvalidInputException("weightInProgress", "okr.error.settings.weightsOrder");
        }
        hiddenIssues = hiddenIssues == null ? HIDDEN_COUNT : hiddenIssues;
        if (!hiddenIssues.equals(HIDDEN_COUNT) && !hiddenIssues.equals(HIDDEN_LEAVE_OUT)) {
            throw new InvalidInputException("hiddenIssues", "okr.error.settings.hiddenIssues");
        }
    }

    /** Settings with the default credit given weight by weight, as the REST API and the stored document name them. */
    public AppSettings(double paceOnTrack, double paceAtRisk, double justStartedBelow, int staleDays,
                       List<String> enabledProjects, String storyPointsField, String sprintField,
                       double weightToDo, double weightInProgress, double weightDone, String hiddenIssues) {
        this(paceOnTrack, paceAtRisk, justStartedBelow, staleDays, enabledProjects, storyPointsField, sprintField,
                new DefaultCredit(weightToDo, weightInProgress, weightDone), hiddenIssues);
    }

    /** Settings that count hidden issues (the default treatment). */
    public AppSettings(double paceOnTrack, double paceAtRisk, double justStartedBelow, int staleDays,
                       List<String> enabledProjects, String storyPointsField, String sprintField,
                       double weightToDo, double weightInProgress, double weightDone) {
        this(paceOnTrack, paceAtRisk, justStartedBelow, staleDays, enabledProjects, storyPointsField, sprintField,
                weightToDo, weightInProgress, weightDone, HIDDEN_COUNT);
    }

    public double weightToDo() {
        return defaultCredit.weightToDo();
    }

    public double weightInProgress() {
        return defaultCredit.weightInProgress();
    }

    public double weightDone() {
        return defaultCredit.weightDone();
    }

    /** The same settings with other enabled projects. */
    public AppSettings withEnabledProjects(List<String> projects) {
        return new AppSettings(paceOnTrack, paceAtRisk, justStartedBelow, staleDays, projects, storyPointsField,
                sprintField, defaultCredit, hiddenIssues);
    }

    private static void fraction(String field, double value, double min, double max) {
        if (!Double.isFinite(value)) {
            throw new InvalidInputException(field, "okr.error.notFinite");
        }
        if (value < min || value > max) {
            throw new InvalidInputException(field, "okr.error.outOfRange", min, max);
        }
    }

    private static String fieldId(String field, String value) {
        String id = value == null ? "" : value.trim();
        if (!id.isEmpty() && !CUSTOM_FIELD_ID.matcher(id).matches()) {
            throw new InvalidInputException(field, "okr.error.settings.fieldId", id);
        }
        return id;
    }
}
