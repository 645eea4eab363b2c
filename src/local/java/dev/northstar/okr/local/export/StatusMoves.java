package dev.northstar.okr.local.export;

import dev.northstar.okr.domain.IssueFact;
import dev.northstar.okr.domain.StatusCategory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An export's status history read into the engine's two instants: the first move into a done status and the first
 * move out of "to do". The categories of statuses are those the export's issues show for them.
 */
final class StatusMoves {
    /** One status change of an issue's changelog. */
    record Transition(Instant at, String fromId, String fromName, String toId, String toName) {
    }

    private StatusMoves() {
    }

    static Instant firstDone(IssueFact fact, List<Transition> transitions, Map<String, StatusCategory> byId,
            Map<String, StatusCategory> byName) {
        if (fact.statusCategory() != StatusCategory.DONE) {
            return null;
        }
        Instant first = null;
        for (Transition t : transitions) {
            StatusCategory c = t.toId != null && byId.containsKey(t.toId) ? byId.get(t.toId) : byName.get(t.toName);
            if (c == StatusCategory.DONE && (first == null || t.at.isBefore(first))) {
                first = t.at;
            }
        }
        return first;
    }

    /**
     * The first move out of "to do": the first status change into a status of category in progress or done, or the
     * issue's creation when its first status change leaves such a status (it held it from the start). Null for
     * issues to do now, and when the history says nothing (the engine then falls back to what the data guarantees).
     */
    static Instant firstInProgress(IssueFact fact, List<Transition> transitions, Map<String, StatusCategory> byId,
            Map<String, StatusCategory> byName) {
        if (fact.statusCategory() == StatusCategory.TO_DO || transitions.isEmpty()) {
            return null;
        }
        List<Transition> inOrder = new ArrayList<>(transitions);
        inOrder.sort(java.util.Comparator.comparing(Transition::at)); // stable: one history's items keep their order
        if (started(category(inOrder.get(0).fromId, inOrder.get(0).fromName, byId, byName))) {
            return fact.created();
        }
        for (Transition t : inOrder) {
            if (started(category(t.toId, t.toName, byId, byName))) {
                return t.at;
            }
        }
        return null;
    }

    private static boolean started(StatusCategory c) {
        return c == StatusCategory.IN_PROGRESS || c == StatusCategory.DONE;
    }

    /** A status's category as the issues read show it; null when no issue read is in that status. */
    private static StatusCategory category(String id, String name, Map<String, StatusCategory> byId,
            Map<String, StatusCategory> byName) {
        return id != null && byId.containsKey(id) ? byId.get(id) : name == null ? null : byName.get(name);
    }
}
