package dev.northstar.okr.build;

import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Jar;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The bundles {@link OsgiContainerIT} puts next to the plugin: what Jira 11.3 exports to apps (built with bnd from
 * {@code src/test/resources/jira-11.3-exports.tsv}), and Gemini Blueprint's extender on Spring 5.3 from Maven Central.
 * The test bundles are built into {@code target/osgi-it/bundles} once per test run.
 */
final class OsgiTestBundles {
    static final Path EXPORTS = Path.of("src/test/resources/jira-11.3-exports.tsv");
    static final Path DIR = Path.of("target/osgi-it/bundles");
    static final String SPRING5_VERSION = "5.3.39_2";
    static final String GEMINI_VERSION = "3.0.0.M01";

    /** One row of the export table. */
    record Export(String pkg, String version, String provider, String source) {
        String clause() {
            return pkg + ";version=\"" + version + "\"";
        }
    }

    private OsgiTestBundles() {
    }

    static List<Export> exports() {
        try {
            return Files.readAllLines(EXPORTS).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .map(c -> new Export(c[0], c[1], c[2], c[3]))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jar or folder a class on the test class path comes from. */
    static File origin(String className) {
        try {
            return new File(Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new AssertionError("not on the test class path: " + className, e);
        }
    }

    /**
     * Where a provider's classes come from. The Atlassian API: our own declarations (src/api/java, compiled into
     * target/classes, never packaged in the plugin), since Atlassian's jars are not on Maven Central. The rest: the
     * real API jars from Maven Central.
     */
    static List<File> classesOf(String provider) {
        File declarations = new File(System.getProperty("northstar.classes", "target/classes"));
        switch (provider) {
            case "activeobjects":
                return List.of(declarations, origin("net.java.ao.Entity"));
            case "jakarta.ws.rs-api":
                return List.of(origin("jakarta.ws.rs.Path"));
            case "jakarta.inject-api":
                return List.of(origin("jakarta.inject.Inject"));
            case "jakarta.servlet-api":
                return List.of(origin("jakarta.servlet.Servlet"));
            case "jackson":
                return List.of(origin("com.fasterxml.jackson.databind.ObjectMapper"),
                        origin("com.fasterxml.jackson.core.JsonFactory"),
                        origin("com.fasterxml.jackson.annotation.JsonProperty"));
            case "slf4j-api":
                return List.of(origin("org.slf4j.Logger"));
            default:
                if (!provider.startsWith("jira-api") && !provider.startsWith("sal-") && !provider.startsWith("atlassian-")
                        && !provider.startsWith("rest-") && !provider.equals("beehive")) {
                    throw new AssertionError("no classes known for provider " + provider);
                }
                return List.of(declarations);
        }
    }

    /**
     * One bundle per provider, exporting exactly the table's packages at the table's versions (a jar's other
     * packages too, at the versions its own manifest gives, so that its exported classes link). Imports are
     * optional, so that a test bundle never fails to resolve for something the plugin does not use.
     */
    static Map<String, Path> jiraBundles(List<Export> exports, String variant) throws Exception {
        Map<String, List<Export>> byProvider = new LinkedHashMap<>();
        exports.forEach(e -> byProvider.computeIfAbsent(e.provider(), p -> new ArrayList<>()).add(e));
        Map<String, Path> bundles = new LinkedHashMap<>();
        for (Map.Entry<String, List<Export>> provider : byProvider.entrySet()) {
            Path out = DIR.resolve(variant).resolve("jira-" + provider.getKey() + ".jar");
            List<File> classes = classesOf(provider.getKey());
            boolean wholeJars = classes.stream().allMatch(File::isFile);
            String exportHeader = provider.getValue().stream().map(Export::clause).collect(Collectors.joining(","))
                    + (wholeJars ? ",*" : "");
            build(out, "test.jira." + provider.getKey(), "1.0.0", exportHeader, classes);
            bundles.put(provider.getKey(), out);
        }
        return bundles;
    }

    private static void build(Path out, String symbolicName, String version, String exportHeader, List<File> classes)
            throws Exception {
        build(out, symbolicName, version, exportHeader, "*;resolution:=optional", classes);
    }

    private static void build(Path out, String symbolicName, String version, String exportHeader, String importHeader,
                              List<File> classes) throws Exception {
        Files.createDirectories(out.getParent());
        try (Builder builder = new Builder()) {
            builder.setProperty("Bundle-SymbolicName", symbolicName);
            builder.setProperty("Bundle-Version", version);
            builder.setProperty("Export-Package", exportHeader);
            builder.setProperty("Import-Package", importHeader);
            builder.setProperty("-noee", "true");
            builder.setProperty("-nouses", "true");
            builder.setProperty("-split-package", "merge-first");
            for (File file : classes) {
                builder.addClasspath(file);
            }
            Jar jar = builder.build();
            if (!builder.getErrors().isEmpty()) {
                throw new AssertionError("bnd could not build " + symbolicName + ": " + builder.getErrors());
            }
            jar.write(out.toFile());
        }
    }

    /**
     * The extender and the Spring it runs on, as they are on Maven Central: Gemini Blueprint 3.0.0.M01 (io, core,
     * extender), built for Spring 5 (its imports say {@code [5.0.0,6)}, and it calls {@code Assert.notNull(Object)},
     * which Spring 6 removed), on Spring 5.3.39 as OSGi bundles (ServiceMix's wrapping, since Spring's own jars carry
     * no OSGi headers). Jira 11 runs Spring 6 under Atlassian's own build of the extender, which is not on Central.
     */
    static List<Path> extenderBundles() throws Exception {
        List<Path> bundles = new ArrayList<>();
        // Gemini imports the commons-logging API at [1.0,2.0); ServiceMix's spring-core exports it at Spring's version.
        Path logging = DIR.resolve("extender").resolve("commons-logging-api.jar");
        if (!Files.exists(logging)) {
            // Without SLF4J or Log4j wired in, Spring's commons-logging API logs through java.util.logging (stderr).
            build(logging, "test.commons-logging", "1.2.0", "org.apache.commons.logging.*;version=1.2.0",
                    "!org.slf4j.*,!org.apache.logging.*,*;resolution:=optional",
                    List.of(origin("org.apache.commons.logging.LogFactory")));
        }
        bundles.add(logging);
        // ServiceMix's spring-aop imports AOP Alliance without exporting it; Spring's own spring-aop jar carries it.
        Path aopAlliance = DIR.resolve("extender").resolve("aopalliance.jar");
        if (!Files.exists(aopAlliance)) {
            build(aopAlliance, "test.aopalliance", "1.0.0", "org.aopalliance.*;version=1.0.0",
                    List.of(origin("org.aopalliance.aop.Advice")));
        }
        bundles.add(aopAlliance);
        for (String artifact : List.of("spring-core", "spring-beans", "spring-aop", "spring-expression",
                "spring-context")) {
            bundles.add(extenderJar("org.apache.servicemix.bundles." + artifact + "-" + SPRING5_VERSION + ".jar"));
        }
        for (String artifact : List.of("gemini-blueprint-io", "gemini-blueprint-core", "gemini-blueprint-extender")) {
            bundles.add(extenderJar(artifact + "-" + GEMINI_VERSION + ".jar"));
        }
        return bundles;
    }

    /** A jar the build copied to target/osgi-extender (never on the test class path, where Spring 6 is). */
    private static Path extenderJar(String fileName) {
        Path jar = Path.of("target", "osgi-extender", fileName);
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError(jar + " is missing: the build copies it before the integration tests");
        }
        return jar;
    }

}
