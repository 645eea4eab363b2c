package dev.northstar.okr.schema;

import dev.northstar.okr.testing.MemorySettingsStorage;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;

/** The schema's ids in settings storage: one entry per id, unreadable entries cost only that id. */
public class SettingsSchemaStoreTest {
    private final MemorySettingsStorage storage = new MemorySettingsStorage();
    private final SettingsSchemaStore store = new SettingsSchemaStore(storage);

    @Test
    public void shouldStartEmptyAndKeepWhatWasSaved() {
        assertEquals(OkrSchema.EMPTY, store.current());
        OkrSchema schema = new OkrSchema("10100", "10101", 10200L, 10201L, 10202L, "customfield_10400",
                "customfield_10401", "customfield_10402", "customfield_10403");

        store.save(schema);

        assertEquals(schema, store.current());
        assertEquals("10201", storage.values.get("dev.northstar.okr.schema.drivesLinkType"));
    }

    @Test
    public void shouldForgetAnIdSavedAsNull() {
        store.save(new OkrSchema("1", "2", 3L, null, null, null, null, null, null));
        store.save(new OkrSchema("1", null, 3L, null, null, null, null, null, null));

        assertNull(store.current().keyResultTypeId());
        assertFalse(storage.values.containsKey("dev.northstar.okr.schema.keyResultType"));
    }

    @Test
    public void shouldTreatAGarbledLinkTypeIdAsMissing() {
        storage.values.put("dev.northstar.okr.schema.measuresLinkType", "ten");
        storage.values.put("dev.northstar.okr.schema.objectiveType", " 10100 ");
        storage.values.put("dev.northstar.okr.schema.unitField", "");

        OkrSchema schema = store.current();

        assertNull(schema.measuresLinkTypeId());
        assertEquals("10100", schema.objectiveTypeId());
        assertNull(schema.unitFieldId());
    }
}
