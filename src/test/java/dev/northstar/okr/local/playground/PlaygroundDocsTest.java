package dev.northstar.okr.local.playground;

import org.junit.Test;

import java.io.DataInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The quick tour's pictures: one per screen, present, shown by docs/playground.md, readable (1280 wide) and small
 * enough for a README.
 */
public class PlaygroundDocsTest {
    static final List<String> SCREENS = List.of("keyresult-panel", "checkin", "objective-panel", "initiative-panel",
            "sprint-review", "overview", "admin", "cycles", "grading", "new-objective", "keyresult-values",
            "keyresult-settings", "objective-settings");

    @Test
    public void shouldShowAReadableSmallScreenshotOfEveryScreenInTheQuickTour() throws Exception {
        String tour = Files.readString(Path.of("docs", "playground.md"));
        assertTrue(tour.contains("## Quick tour"));
        for (String screen : SCREENS) {
            Path png = Path.of("docs", "screenshots", screen + ".png");
            assertTrue(png + " is missing", Files.isRegularFile(png));
            assertTrue(screen, tour.contains("(screenshots/" + screen + ".png)"));
            assertTrue(png + " is too large for the README", Files.size(png) < 300_000);
            try (InputStream in = Files.newInputStream(png); DataInputStream data = new DataInputStream(in)) {
                byte[] header = data.readNBytes(16); // signature, IHDR length and type
                assertEquals(png + " is not a PNG", 0x89, header[0] & 0xff);
                assertEquals(png.toString(), SystemChromium.WIDTH, data.readInt());
            }
        }
    }
}
