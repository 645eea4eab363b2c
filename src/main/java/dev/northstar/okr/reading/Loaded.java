package dev.northstar.okr.reading;

import dev.northstar.okr.domain.Initiative;
import dev.northstar.okr.domain.OkrPlan;
import dev.northstar.okr.progress.OkrEngine;
import dev.northstar.okr.progress.ResolvedPlan;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything one view needs, read once ({@link PlanLoader}): the plan with its engine, what the caller may browse
 * among everything the view may name, and what the views show beside the figures.
 *
 * @param problems   translated configuration problems, by key result (those key results are not in the roll-up)
 * @param values     start / target / current values and their history, by key result
 * @param jqlMetrics metric key results whose value their own JQL makes
 * @param warnings   about the plan as a whole (alignment loops cut, several focus metrics of one owner)
 */
record Loaded(OkrPlan plan, OkrEngine engine, ResolvedPlan resolved, Visibility visibility,
              InitiativeLinks initiatives, Map<String, Problem> problems, Map<String, KeyResultValues> values,
              Set<String> jqlMetrics, List<String> warnings) {

    boolean hidden(String key) {
        return visibility.hidden(key);
    }

    /**
     * The initiatives linked to each key result with their ratings, and the rated ones Jira no longer links to it
     * (orphans), named only when deleted or browsable, else counted.
     */
    record InitiativeLinks(Map<String, List<OkrIssue>> linked, Map<String, Map<String, Initiative>> ratings,
                           Map<String, List<String>> orphans, Map<String, Integer> hiddenOrphans) {
    }

    /** A problem with a key result's configuration, as a message key and its arguments. */
    record Problem(String messageKey, Object... arguments) {
    }
}
