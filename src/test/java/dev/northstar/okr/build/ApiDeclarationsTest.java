package dev.northstar.okr.build;

import org.junit.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeFalse;

/**
 * Keeps our declarations of the Atlassian API honest. The manifest ({@code src/api/api-manifest.tsv}) lists every
 * member we declare, at bytecode level, each with the public source that shows it. A declaration that disagrees
 * with the manifest, or that has a public member the manifest lacks, fails the build. With {@code -Patlassian}
 * the same manifest is checked against Atlassian's real jars instead.
 */
public class ApiDeclarationsTest {
    static final Path MANIFEST = Path.of("src/api/api-manifest.tsv");
    static final Path DECLARATIONS = Path.of("src/api/java");

    /** One manifest line: the shape row (everything but the source) and where it came from. */
    record Entry(int line, String row, String owner, String source) {
    }

    static List<Entry> manifest() {
        List<Entry> entries = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(MANIFEST);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MANIFEST.toAbsolutePath(), e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int lastTab = line.lastIndexOf('\t');
            String[] columns = line.split("\t");
            if (columns.length < 5 || lastTab < 0) {
                throw new AssertionError(MANIFEST + ":" + (i + 1) + " has too few columns: " + line);
            }
            entries.add(new Entry(i + 1, line.substring(0, lastTab), columns[1], line.substring(lastTab + 1)));
        }
        return entries;
    }

    @Test
    public void shouldMatchEveryManifestEntryWithTheClassOnTheClassPath() {
        List<String> problems = disagreements(manifest());
        assertTrue("API declarations and manifest disagree:\n" + String.join("\n", problems), problems.isEmpty());
    }

    @Test
    public void shouldReportADeclarationWhoseDescriptorDrifted() {
        // The guard itself: a manifest entry whose return type differs from the class must be reported.
        Entry real = manifest().stream()
                .filter(e -> e.row().contains("\tgetIssueObject\t(Ljava/lang/String;)"))
                .findFirst().orElseThrow();
        Entry drifted = new Entry(real.line(), real.row().replace(")Lcom/atlassian/jira/issue/MutableIssue;",
                ")Lcom/atlassian/jira/issue/Issue;"), real.owner(), real.source());
        Entry wrongScope = new Entry(real.line(), real.row().replace("\tinstance", "\tstatic"), real.owner(),
                real.source());
        assertTrue(disagreements(List.of(real)).isEmpty());
        assertEquals(1, disagreements(List.of(drifted)).size());
        assertEquals(1, disagreements(List.of(wrongScope)).size());
    }

    static List<String> disagreements(List<Entry> entries) {
        Map<String, List<String>> shapes = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Entry entry : entries) {
            List<String> shape = shapes.computeIfAbsent(entry.owner(), ApiDeclarationsTest::linkableRows);
            if (shape == null) {
                problems.add("line " + entry.line() + ": " + entry.owner() + " is not on the class path");
            } else if (!shape.contains(entry.row()) && !(entry.row().startsWith("type\t") && sameType(entry, shape))) {
                problems.add("line " + entry.line() + ": manifest says\n    " + entry.row()
                        + "\n  but the class has\n    " + String.join("\n    ", similar(shape, entry.row())));
            }
        }
        return problems;
    }

    /**
     * What a call through {@code owner} can link to: its own members and the instance members it inherits, as the
     * JVM resolves them. Our declarations put a member on the type we call; the real API may declare it on a
     * supertype (Jira's Issue inherits getKey), which links the same.
     */
    static List<String> linkableRows(String owner) {
        byte[] bytes = ApiShape.bytesOf(owner);
        if (bytes == null) {
            return null;
        }
        List<String> rows = new ArrayList<>(ApiShape.rows(bytes));
        String[] type = rows.get(0).split("\t");
        if (!type[3].equals("-")) {
            for (String supertype : type[3].split(",")) {
                List<String> inherited = linkableRows(supertype.substring(supertype.indexOf(' ') + 1));
                if (inherited != null) {
                    inherited.stream().skip(1)
                            .filter(row -> row.endsWith("\tinstance") && !row.contains("\t<init>\t"))
                            .map(row -> row.replaceFirst("\t[^\t]+\t",
                                    java.util.regex.Matcher.quoteReplacement("\t" + owner + "\t")))
                            .forEach(rows::add);
                }
            }
        }
        return rows;
    }

    /** A type row matches when kind and flags agree and every supertype it names is a supertype of the class. */
    private static boolean sameType(Entry entry, List<String> shape) {
        String[] wanted = entry.row().split("\t");
        String[] actual = shape.get(0).split("\t");
        if (!wanted[2].equals(actual[2]) || !wanted[4].equals(actual[4])) {
            return false;
        }
        if (wanted[3].equals("-")) {
            return true;
        }
        for (String supertype : wanted[3].split(",")) {
            String name = supertype.substring(supertype.indexOf(' ') + 1);
            if (!isSupertype(name, entry.owner())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSupertype(String candidate, String owner) {
        List<String> rows = linkableRows(owner);
        if (rows == null) {
            return false;
        }
        String supers = rows.get(0).split("\t")[3];
        for (String s : supers.split(",")) {
            String name = s.substring(s.indexOf(' ') + 1);
            if (name.equals(candidate) || (!name.equals("-") && isSupertype(candidate, name))) {
                return true;
            }
        }
        return false;
    }

    @Test
    public void shouldListEveryPublicMemberOfOurDeclarationsInTheManifest() {
        assumeFalse("-Patlassian: the real Atlassian jars are on the class path, we declare nothing",
                "real".equals(System.getProperty("northstar.api")));
        Set<String> listed = new HashSet<>();
        manifest().forEach(entry -> listed.add(entry.row()));
        List<String> missing = new ArrayList<>();
        for (String owner : declaredClasses()) {
            byte[] bytes = ApiShape.bytesOf(owner);
            assertNotNull("declaration not compiled: " + owner, bytes);
            for (String row : ApiShape.rows(bytes)) {
                if (!listed.contains(row)) {
                    missing.add(row + "\t<source?>");
                }
            }
        }
        assertTrue("declared but not in " + MANIFEST + " (add each line with its public source):\n"
                + String.join("\n", missing), missing.isEmpty());
    }

    @Test
    public void shouldGiveEveryEntryAPublicSourceAndListItOnce() {
        Set<String> seen = new HashSet<>();
        for (Entry entry : manifest()) {
            assertTrue("line " + entry.line() + " needs a public https source, has: " + entry.source(),
                    entry.source().startsWith("https://") && !entry.source().contains("TODO"));
            assertTrue("line " + entry.line() + " repeats " + entry.row(), seen.add(entry.row()));
        }
        assertTrue("the manifest is empty", seen.size() > 0);
    }

    @Test
    public void shouldFindTheDeclarationsThisTestGuards() {
        // If the source folder moved, the test above would compare nothing and pass: make that impossible.
        List<String> declared = declaredClasses();
        assertTrue("no declarations found under " + DECLARATIONS.toAbsolutePath(), declared.size() > 10);
        assertEquals("every declared class has a type row", declared.size(),
                manifest().stream().filter(e -> e.row().startsWith("type\t"))
                        .filter(e -> declared.contains(e.owner())).count());
    }

    /** Internal names of the classes compiled from src/api/java, nested classes included. */
    static List<String> declaredClasses() {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(DECLARATIONS)) {
            files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("package-info.java"))
                    .map(p -> DECLARATIONS.relativize(p).toString().replace('\\', '/').replaceAll("\\.java$", ""))
                    .sorted()
                    .forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> withNested = new ArrayList<>(names);
        String classes = System.getProperty("northstar.classes", "target/classes");
        for (String name : names) {
            Path dir = Path.of(classes, name).getParent();
            String simple = Path.of(name).getFileName() + "$";
            if (Files.isDirectory(dir)) {
                try (Stream<Path> nested = Files.list(dir)) {
                    nested.map(p -> p.getFileName().toString())
                            .filter(f -> f.startsWith(simple) && f.endsWith(".class"))
                            .map(f -> name.substring(0, name.lastIndexOf('/') + 1) + f.replace(".class", ""))
                            .filter(n -> !n.matches(".*\\$[0-9]+.*"))
                            .forEach(withNested::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return withNested;
    }

    private static List<String> similar(List<String> shape, String row) {
        String[] wanted = row.split("\t");
        List<String> hits = new ArrayList<>();
        for (String candidate : shape) {
            String[] c = candidate.split("\t");
            if (c[0].equals(wanted[0]) && (c[0].equals("type") || c[2].equals(wanted[2]))) {
                hits.add(candidate);
            }
        }
        return hits.isEmpty() ? List.of("(no member of that name)") : hits;
    }
}
