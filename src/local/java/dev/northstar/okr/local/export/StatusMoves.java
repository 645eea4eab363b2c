package dev.northstar.okr.local.export;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.okr.domain.IssueFact;
import dev.northstar.okr.domain.StatusCategory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An export's status history read into the engine's instants: the first move into a done status, the first move out
 * of "to do", and the first time the resolution was set. The categories of the statuses a history names come from
 * the issue's own status object for its current status, else from the {@link StatusCatalog} (Jira's status list, or
 * what the export's issues agree on), so they do not depend on the order of the export's lines.
 */
final class StatusMoves {
    /** One status change of an issue's changelog. */
    record Transition(Instant at, String fromId, String fromName, String toId, String toName) {
    }

    /**
     * What an issue's changelog says about its status and resolution, with the status it is in now.
     *
     * @param resolutionSet the first time the resolution was set (changed to a value), or null
     */
    record History(List<Transition> transitions, Instant resolutionSet, String statusId, String statusName) {
        History {
            transitions = List.copyOf(transitions);
        }
    }

    private StatusMoves() {
    }

    /** Reads the status changes and the first setting of the resolution from an issue's {@code changelog}. */
    static History read(JsonNode issue, String key, String statusId, String statusName) {
        List<Transition> transitions = new ArrayList<>();
        Instant resolutionSet = null;
        for (JsonNode h : issue.path("changelog").path("histories")) {
            Instant at = JiraDates.parse(text(h, "created"), key + " changelog");
            if (at == null) {
                continue;
            }
            for (JsonNode item : h.path("items")) {
                String field = text(item, "field");
                if ("status".equalsIgnoreCase(field)) {
                    transitions.add(new Transition(at, text(item, "from"), text(item, "fromString"), text(item, "to"),
                            text(item, "toString")));
                } else if ("resolution".equalsIgnoreCase(field) && (notBlank(text(item, "to"))
                        || notBlank(text(item, "toString")))) {
                    resolutionSet = resolutionSet == null || at.isBefore(resolutionSet) ? at : resolutionSet;
                }
            }
        }
        return new History(transitions, resolutionSet, statusId, statusName);
    }

    /** The first move into a status known as done; null for issues not done now or without such a move. */
    static Instant firstDone(IssueFact fact, History history, StatusCatalog catalog) {
        if (fact.statusCategory() != StatusCategory.DONE) {
            return null;
        }
        Instant first = null;
        for (Transition t : history.transitions()) {
            StatusCategory c = category(fact, history, t.toId(), t.toName(), catalog);
            if (c == StatusCategory.DONE && (first == null || t.at().isBefore(first))) {
                first = t.at();
            }
        }
        return first;
    }

    /** The first time the resolution was set, for an issue done now; null otherwise. */
    static Instant resolutionSet(IssueFact fact, History history) {
        return fact.statusCategory() == StatusCategory.DONE ? history.resolutionSet() : null;
    }

    /**
     * The first move out of "to do": the first status change into a status of category in progress or done, or the
     * issue's creation when its first status change leaves such a status (it held it from the start). Null for
     * issues to do now, and when the history says nothing (the engine then falls back to what the data guarantees).
     */
    static Instant firstInProgress(IssueFact fact, History history, StatusCatalog catalog) {
        if (fact.statusCategory() == StatusCategory.TO_DO || history.transitions().isEmpty()) {
            return null;
        }
        List<Transition> inOrder = new ArrayList<>(history.transitions());
        inOrder.sort(Comparator.comparing(Transition::at)); // stable: one history's items keep their order
        Transition first = inOrder.get(0);
        if (started(category(fact, history, first.fromId(), first.fromName(), catalog))) {
            return fact.created();
        }
        for (Transition t : inOrder) {
            if (started(category(fact, history, t.toId(), t.toName(), catalog))) {
                return t.at();
            }
        }
        return null;
    }

    private static boolean started(StatusCategory c) {
        return c == StatusCategory.IN_PROGRESS || c == StatusCategory.DONE;
    }

    /** The issue's own status has the category its status object gives; any other is the catalogue's (or null). */
    private static StatusCategory category(IssueFact fact, History history, String id, String name,
            StatusCatalog catalog) {
        boolean own = id != null ? id.equals(history.statusId()) : name != null && name.equals(history.statusName());
        return own ? fact.statusCategory() : catalog.category(id, name);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
