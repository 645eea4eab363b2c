package dev.northstar.okr.schema;

import dev.northstar.okr.host.SettingsStorage;

import java.util.List;
import java.util.Optional;

/**
 * Keeps the schema's ids in the app's settings storage (SAL plugin settings inside Jira: Jira's database, shared by
 * every cluster node), one entry per id, so that a hand edit or a value from another version costs only that id.
 */
public class SettingsSchemaStore implements OkrSchemaStore {
    static final String PREFIX = "dev.northstar.okr.schema.";
    static final List<String> ITEMS = List.of("objectiveType", "keyResultType", "measuresLinkType",
            "drivesLinkType", "alignsLinkType", "startField", "targetField", "currentField", "unitField");

    private final SettingsStorage storage;

    public SettingsSchemaStore(SettingsStorage storage) {
        this.storage = storage;
    }

    @Override
    public OkrSchema current() {
        OkrSchema schema = OkrSchema.EMPTY;
        for (String item : ITEMS) {
            Optional<String> id = storage.get(PREFIX + item).map(String::trim).filter(v -> !v.isEmpty());
            if (id.isPresent()) {
                try {
                    schema = schema.with(item, id.get());
                } catch (NumberFormatException unreadable) {
                    // A garbled link type id is as good as none: setup finds the link type by name again.
                }
            }
        }
        return schema;
    }

    @Override
    public void save(OkrSchema schema) {
        put("objectiveType", schema.objectiveTypeId());
        put("keyResultType", schema.keyResultTypeId());
        put("measuresLinkType", schema.measuresLinkTypeId());
        put("drivesLinkType", schema.drivesLinkTypeId());
        put("alignsLinkType", schema.alignsLinkTypeId());
        put("startField", schema.startFieldId());
        put("targetField", schema.targetFieldId());
        put("currentField", schema.currentFieldId());
        put("unitField", schema.unitFieldId());
    }

    private void put(String item, Object id) {
        if (id == null) {
            storage.remove(PREFIX + item);
        } else {
            storage.put(PREFIX + item, id.toString());
        }
    }
}
