package dev.northstar.okr.build;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.Assert.assertTrue;

/**
 * Rooms a newcomer can live in: no source file of the app (shipped or local) over 400 lines, and no record over ten
 * components (wide records are split into small named parts).
 */
public class HouseRulesTest {
    static final int MAX_LINES = 400;
    static final int MAX_COMPONENTS = 10;

    @Test
    public void shouldKeepEverySourceFileUnderFourHundredLines() throws IOException {
        List<String> long_ = new ArrayList<>();
        int files = 0;
        for (String root : List.of("src/main/java", "src/local/java")) {
            try (Stream<Path> all = Files.walk(Path.of(root))) {
                for (Path file : (Iterable<Path>) all.filter(p -> p.toString().endsWith(".java"))::iterator) {
                    files++;
                    long lines = Files.readAllLines(file).size();
                    if (lines > MAX_LINES) {
                        long_.add(file + " (" + lines + ")");
                    }
                }
            }
        }
        assertTrue("read only " + files + " files", files > 100);
        assertTrue("over " + MAX_LINES + " lines: " + long_, long_.isEmpty());
    }

    @Test
    public void shouldKeepEveryRecordAtTenComponentsOrFewer() {
        List<String> wide = new ArrayList<>();
        int records = 0;
        for (JavaClass type : new ClassFileImporter().importPackages("dev.northstar.okr")) {
            String source = type.getSource().map(s -> s.getUri().toString()).orElse("");
            boolean test = source.contains("/test-classes/") && !type.getPackageName().startsWith("dev.northstar.okr.local");
            if (test || !type.isRecord()) {
                continue;
            }
            records++;
            int components = type.reflect().getRecordComponents().length;
            if (components > MAX_COMPONENTS) {
                wide.add(type.getName() + " (" + components + ")");
            }
        }
        assertTrue("found only " + records + " records", records > 50);
        assertTrue("records over " + MAX_COMPONENTS + " components: " + wide, wide.isEmpty());
    }
}
