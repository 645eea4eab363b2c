package dev.northstar.okr.local.export;

import dev.northstar.okr.domain.StatusCategory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The categories of the statuses an export's change history names. Jira's own status list ({@code GET
 * /rest/api/2/status}), when given, says; otherwise the issues of the export that are in a status now say, and only
 * when they agree: a status shown with two categories (an export put together from several moments or instances) is
 * not known, whatever the order of the lines. A status no issue is in any more (after a workflow migration) is not
 * known either. A status whose category is not known is never taken as a move into done or out of "to do".
 */
final class StatusCatalog {
    private final StatusList listed;
    private final Map<String, Set<StatusCategory>> seenById = new TreeMap<>();
    private final Map<String, Set<StatusCategory>> seenByName = new TreeMap<>();
    private final Map<String, String> names = new TreeMap<>();

    StatusCatalog(StatusList listed) {
        this.listed = listed == null ? StatusList.NONE : listed;
    }

    /** An issue is in this status now, of this category. */
    void saw(String id, String name, StatusCategory category) {
        if (id != null) {
            seenById.computeIfAbsent(id, k -> EnumSet.noneOf(StatusCategory.class)).add(category);
            if (name != null) {
                names.putIfAbsent(id, name);
            }
        }
        if (name != null) {
            seenByName.computeIfAbsent(name, k -> EnumSet.noneOf(StatusCategory.class)).add(category);
        }
    }

    /** The category of a status named by a change history item; null when it cannot be known. */
    StatusCategory category(String id, String name) {
        if (id != null && listed.byId().containsKey(id)) {
            return listed.byId().get(id);
        }
        if (id == null && name != null && listed.byName().containsKey(name)) {
            return listed.byName().get(name);
        }
        Set<StatusCategory> seen = id != null && seenById.containsKey(id) ? seenById.get(id)
                : name == null ? null : seenByName.get(name);
        return seen != null && seen.size() == 1 ? seen.iterator().next() : null;
    }

    /** A note for each status the issues show with more than one category (and the status list does not settle). */
    List<String> notes() {
        List<String> notes = new ArrayList<>();
        seenById.forEach((id, categories) -> {
            if (categories.size() > 1 && !listed.byId().containsKey(id)) {
                notes.add("status " + id + (names.containsKey(id) ? " (" + names.get(id) + ")" : "")
                        + " has two categories in this export (" + keys(categories) + "): moves into it are not"
                        + " counted; give Jira's status list (--statuses) to settle it");
            }
        });
        return notes;
    }

    private static String keys(Set<StatusCategory> categories) {
        return String.join(", ", categories.stream().map(StatusCategory::key).toList());
    }
}
