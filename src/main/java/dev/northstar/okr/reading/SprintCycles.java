package dev.northstar.okr.reading;

import dev.northstar.okr.cycle.StoredCycle;
import dev.northstar.okr.domain.Cycle;
import dev.northstar.okr.domain.Objective;
import dev.northstar.okr.domain.OkrPlan;
import dev.northstar.okr.host.Access;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.objective.ObjectiveSettings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The cycles a sprint's review measures: every cycle the sprint started in, global or of any project, so that the
 * review shows the key results the sprint's issues serve wherever those key results live, whichever project was used
 * to find the board. The review names one of them (the global cycle first, else the oldest the caller may see).
 */
final class SprintCycles {
    private SprintCycles() {
    }

    /** The cycles whose time holds the sprint's start: global ones first, then by id (the order they were made). */
    static List<StoredCycle> startedIn(List<StoredCycle> all, Instant sprintStart) {
        return all.stream()
                .filter(c -> !sprintStart.isBefore(c.cycle().start()) && sprintStart.isBefore(c.cycle().end()))
                .sorted(Comparator.comparing((StoredCycle c) -> !c.global()).thenComparingLong(StoredCycle::id))
                .toList();
    }

    /** The cycle the review names: the first the caller may see (a global one, or one of a project they browse). */
    static StoredCycle named(List<StoredCycle> started, Access access) {
        Optional<Caller> caller = access.caller();
        return started.stream()
                .filter(c -> c.global() || caller.isPresent() && access.canBrowseProject(caller.get(), c.projectKey()))
                .findFirst().orElse(started.get(0));
    }

    /** Objective keys by the project their key names (sorted, so that the reads are made the same way every time). */
    static Map<String, List<String>> byProject(List<ObjectiveSettings> placed) {
        Map<String, List<String>> byProject = new TreeMap<>();
        for (ObjectiveSettings o : placed) {
            String key = o.issueKey();
            int dash = key.lastIndexOf('-');
            if (dash > 0) {
                byProject.computeIfAbsent(key.substring(0, dash), p -> new ArrayList<>()).add(key);
            }
        }
        return byProject;
    }

    /** Each key result's own cycle, through its objective's placement (for its pace at the sprint's end). */
    static Map<String, Cycle> ofKeyResults(OkrPlan plan, Map<String, StoredCycle> cycleOfObjective) {
        Map<String, Cycle> ofKeyResult = new HashMap<>();
        for (Objective o : plan.objectives()) {
            StoredCycle c = cycleOfObjective.get(o.key());
            if (c != null) {
                o.keyResults().forEach(kr -> ofKeyResult.put(kr.key(), c.cycle()));
            }
        }
        return ofKeyResult;
    }
}
