package dev.northstar.okr.jira;

import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.status.Status;
import dev.northstar.okr.domain.StatusCategory;
import dev.northstar.okr.host.OkrCache;
import dev.northstar.okr.reading.FieldChoice;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The custom fields and statuses the app reads, looked up in Jira's configuration and remembered in the app's cache
 * (they change when an admin adds, renames or deletes a field or a status, for which Jira sends no issue event): Jira
 * Software's Epic Link field, a field's names by id, the field chosen for a role by the admin's setting or by name,
 * and which statuses are in progress or done. Entries expire with the rest after ten minutes, and the app's settings
 * clear them when saved; so a view costs no field or status lookup.
 */
final class JiraFields {
    static final String EPIC_LINK_TYPE = "com.pyxis.greenhopper.jira:gh-epic-link";
    private static final String PREFIX = "okr:field:";

    private final CustomFieldManager fields;
    private final StatusManager statuses;
    private final OkrCache cache;

    JiraFields(CustomFieldManager fields, StatusManager statuses, OkrCache cache) {
        this.fields = fields;
        this.statuses = statuses;
        this.cache = cache;
    }

    /** The ids of the statuses not "to do" ({@code started}) and of those done, by their categories. */
    record Statuses(Set<String> started, Set<String> done) {
        Statuses {
            started = Set.copyOf(started);
            done = Set.copyOf(done);
        }
    }

    /**
     * Jira's statuses by category, also those no issue is in any more: a done issue's done instant is its first move
     * into any done status, and an issue's in-progress instant its first move out of "to do".
     */
    Statuses statuses() {
        return cache.get(PREFIX + "statuses", Statuses.class, () -> {
            Set<String> started = new HashSet<>();
            Set<String> done = new HashSet<>();
            Collection<Status> all = statuses.getStatuses();
            for (Status status : all == null ? List.<Status>of() : all) {
                StatusCategory category = status == null || status.getStatusCategory() == null ? StatusCategory.TO_DO
                        : StatusCategory.fromKey(status.getStatusCategory().getKey());
                if (category != StatusCategory.TO_DO && status.getId() != null) {
                    started.add(status.getId());
                    if (category == StatusCategory.DONE) {
                        done.add(status.getId());
                    }
                }
            }
            return new Statuses(started, done);
        });
    }

    /** A field's id, or none ({@code ""}), as cached. */
    record FieldId(String id) {
        String orNull() {
            return id.isEmpty() ? null : id;
        }
    }

    /** Whether a field exists, and its name as shown and as stored in the change history. */
    record FieldNames(boolean exists, String name, String untranslatedName) {
        static final FieldNames NONE = new FieldNames(false, null, null);
    }

    /** Jira Software's Epic Link field (by its type, or the one field named "Epic Link"), or null. */
    String epicLinkFieldId() {
        return cache.get(PREFIX + "epic-link", FieldId.class, () -> {
            CustomField field = epicLinkField();
            return new FieldId(field == null ? "" : field.getId());
        }).orNull();
    }

    FieldNames names(String fieldId) {
        if (fieldId == null || fieldId.isBlank()) {
            return FieldNames.NONE;
        }
        return cache.get(PREFIX + "names:" + fieldId, FieldNames.class, () -> {
            CustomField field = fields.getCustomFieldObject(fieldId);
            return field == null ? FieldNames.NONE
                    : new FieldNames(true, field.getName(), field.getUntranslatedName());
        });
    }

    /** The admin's field when set (it must exist), else the one field carrying the first name that any field has. */
    FieldChoice choose(String override, List<String> names) {
        String key = PREFIX + "choice:" + String.join(",", names) + ":" + (override == null ? "" : override.trim());
        return cache.get(key, FieldChoice.class, () -> chooseNow(override, names));
    }

    private FieldChoice chooseNow(String override, List<String> names) {
        if (override != null && !override.isBlank()) {
            CustomField chosen = fields.getCustomFieldObject(override.trim());
            return chosen == null
                    ? FieldChoice.problem(override.trim(), FieldChoice.Problem.UNKNOWN_OVERRIDE, List.of())
                    : FieldChoice.found(chosen.getId(), chosen.getName());
        }
        for (String name : names) {
            Collection<CustomField> named = fields.getCustomFieldObjectsByName(name);
            List<CustomField> found = named == null ? List.of() : List.copyOf(named);
            if (found.size() == 1) {
                return FieldChoice.found(found.get(0).getId(), name);
            }
            if (found.size() > 1) {
                return FieldChoice.problem(name, FieldChoice.Problem.AMBIGUOUS,
                        found.stream().map(CustomField::getId).sorted().toList());
            }
        }
        return FieldChoice.problem(names.get(0), FieldChoice.Problem.MISSING, List.of());
    }

    /** The field itself, for reading issues' values (not cached: Jira's field objects stay in Jira). */
    CustomField field(String id) {
        return id == null || id.isBlank() ? null : fields.getCustomFieldObject(id);
    }

    private CustomField epicLinkField() {
        List<CustomField> all = fields.getCustomFieldObjects();
        for (CustomField field : all == null ? List.<CustomField>of() : all) {
            if (field.getCustomFieldType() != null && EPIC_LINK_TYPE.equals(field.getCustomFieldType().getKey())) {
                return field;
            }
        }
        Collection<CustomField> named = fields.getCustomFieldObjectsByName(FieldChoice.EPIC_LINK_NAMES.get(0));
        return named != null && named.size() == 1 ? named.iterator().next() : null;
    }

    /** The number of customfield_10008, for the {@code cf[10008]} clause that works whatever the field's name. */
    static long number(String fieldId) {
        return Long.parseLong(fieldId.substring(fieldId.lastIndexOf('_') + 1));
    }
}
