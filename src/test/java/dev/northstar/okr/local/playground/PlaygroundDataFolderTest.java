package dev.northstar.okr.local.playground;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.okr.testdata.RealData;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.nio.file.Path;

import static dev.northstar.okr.testing.RestAssert.ok;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** What the playground keeps in its data folder between runs, and what it refuses to mix. */
public class PlaygroundDataFolderTest {
    @Rule
    public final RunningPlayground playground = new RunningPlayground();
    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void shouldKeepCheckInsSettingsAndSetupAcrossARestart() {
        assertTrue(playground.playground().seeded());
        ok(playground.postJson(Playground.REST + "/keyresults/OKR-21/checkins", "member",
                "{\"confidence\": 3, \"note\": \"made before the restart\"}"), 201);
        String setupBefore = playground.get(Playground.REST + "/setup", "admin").body();
        playground.stop();
        playground.start();
        assertFalse("seeded twice", playground.playground().seeded());
        JsonNode history = ok(playground.get(Playground.REST + "/keyresults/OKR-21/checkins", "member"), 200);
        assertEquals("made before the restart", history.get("checkIns").get(0).get("note").asText());
        assertEquals("the demo's one check-in and the new one", 2, history.get("total").asInt());
        assertEquals("setup finds what it made, with the same ids", setupBefore,
                playground.get(Playground.REST + "/setup", "admin").body());
    }

    @Test
    public void shouldSayWhyItCannotStartWhenThePortOrTheDataFolderIsTaken() throws Exception {
        Playground.Options sameFolder = Playground.Options.defaults().withPort(0)
                .withDataFolder(playground.dataFolder(), false);
        PlaygroundException locked = assertThrows(PlaygroundException.class, () -> Playground.start(sameFolder));
        assertTrue(locked.getMessage(), locked.getMessage().endsWith("is in use by another playground;"
                + " stop that one or choose another --data"));
        Playground.Options samePort = Playground.Options.defaults().withPort(playground.playground().port())
                .withDataFolder(folder.newFolder("other").toPath(), false);
        PlaygroundException taken = assertThrows(PlaygroundException.class, () -> Playground.start(samePort));
        assertEquals("port " + playground.playground().port() + " on localhost is taken; choose another with"
                + " --port (0 picks a free one)", taken.getMessage());
    }

    @Test
    public void shouldRefuseADataFolderSeededFromAnotherDataSet() {
        Path data = playground.dataFolder();
        playground.stop();
        Playground.Options other = Playground.Options.defaults().withPort(0).withDataFolder(data, false)
                .withData(RealData.ISSUES, RealData.SPRINTS, RealData.PLAN);
        Seeder.OtherDataException refused = assertThrows(Seeder.OtherDataException.class,
                () -> Playground.start(other));
        assertTrue(refused.getMessage(), refused.getMessage().contains("--reset"));
        try (Playground fresh = Playground.start(other.withDataFolder(data, true))) {
            assertTrue(fresh.seeded());
        }
    }
}
