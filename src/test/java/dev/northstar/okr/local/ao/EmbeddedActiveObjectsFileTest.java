package dev.northstar.okr.local.ao;

import net.java.ao.DBParam;
import net.java.ao.Query;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import static org.junit.Assert.assertEquals;

/** The playground keeps its data in an HSQLDB file between runs. */
public class EmbeddedActiveObjectsFileTest {
    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void shouldKeepRowsInAnHsqldbFileAcrossRestarts() throws Exception {
        String url = "jdbc:hsqldb:file:" + folder.newFolder("db").toPath().resolve("okr");
        try (EmbeddedActiveObjects first = EmbeddedActiveObjects.open(url, "SA", "", "dev.northstar.okr")) {
            first.migrate(SampleEntity.class);
            first.create(SampleEntity.class, new DBParam("OWNER_KEY", "alice"));
        }
        try (EmbeddedActiveObjects second = EmbeddedActiveObjects.open(url, "SA", "", "dev.northstar.okr")) {
            second.migrate(SampleEntity.class);
            assertEquals(EmbeddedActiveObjects.Database.HSQLDB, second.database());
            assertEquals(1, second.count(SampleEntity.class, Query.select().where("OWNER_KEY = ?", "alice")));
        }
    }
}
