package dev.northstar.okr.build;

import org.junit.BeforeClass;
import org.junit.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * Opens the built plugin jar and checks what Jira's plugin manager will see: an OSGi bundle with the plugin key,
 * explicit import ranges for every package it uses, only the app's own classes, and every class, template and
 * resource that atlassian-plugin.xml and the Spring wiring name.
 */
public class BundleJarIT {
    private static final String KEY = "dev.northstar.okr";

    /**
     * The import policy, written down a second time on purpose: bnd would happily compute ranges from our own
     * declarations (meaningless), so every import must carry one of these hand-set ranges.
     */
    private static final Map<String, String> RANGES = new LinkedHashMap<>();

    static {
        RANGES.put("com.atlassian.jira", "[0.0,12)");
        // JQL's Query type ships in jira-api, so it is exported at Jira's own version.
        RANGES.put("com.atlassian.query", "[0.0,12)");
        RANGES.put("com.atlassian.sal.api", "[5.0,9)");
        RANGES.put("com.atlassian.activeobjects", "[0.0,9)");
        RANGES.put("net.java.ao", "[0.0,9)");
        RANGES.put("com.atlassian.plugins.rest.api", "[0.0,11)");
        RANGES.put("jakarta.ws.rs", "[3.0,4)");
        RANGES.put("jakarta.inject", "[2.0,3)");
        RANGES.put("jakarta.servlet", "[5.0,7)");
        RANGES.put("com.fasterxml.jackson", "[2.12,3)");
        RANGES.put("org.slf4j", "[1.7,3)");
        // Setup lock, cache and issue events. The versions Jira 11.3 exports are not confirmed: lower bounds low.
        RANGES.put("com.atlassian.event", "[0.0,10)");
        RANGES.put("com.atlassian.cache", "[0.0,10)");
        RANGES.put("com.atlassian.beehive", "[0.0,10)");
        // The screens: web fragments (panels, conditions), template renderer, web resources. Unconfirmed versions.
        RANGES.put("com.atlassian.plugin", "[0.0,12)");
        RANGES.put("com.atlassian.templaterenderer", "[0.0,10)");
        RANGES.put("com.atlassian.webresource", "[0.0,10)");
        // Gemini Blueprint's service proxies may need these through the bundle's class loader; optional.
        RANGES.put("org.springframework.aop", "[5.3,7)");
        RANGES.put("org.eclipse.gemini.blueprint", "[2.0,4)");
    }

    private static JarFile jar;
    private static Attributes manifest;
    private static Map<String, String> imports;

    @BeforeClass
    public static void open() throws IOException {
        Path path = Path.of(System.getProperty("northstar.bundle", "target/northstar-okr-0.1.0-SNAPSHOT.jar"));
        assertTrue("the plugin jar was not built: " + path.toAbsolutePath(), Files.isRegularFile(path));
        jar = new JarFile(path.toFile());
        manifest = jar.getManifest().getMainAttributes();
        imports = parseImports(manifest.getValue("Import-Package"));
    }

    @Test
    public void shouldIdentifyThePluginToJira() {
        assertEquals(KEY, manifest.getValue("Atlassian-Plugin-Key"));
        assertEquals(KEY, manifest.getValue("Bundle-SymbolicName"));
        assertEquals("2", manifest.getValue("Bundle-ManifestVersion"));
        assertNotNull(manifest.getValue("Bundle-Version"));
        assertEquals("*", manifest.getValue("Spring-Context"));
        assertEquals("the app exports nothing", null, manifest.getValue("Export-Package"));
    }

    @Test
    public void shouldImportEveryPackageWithAHandSetRange() {
        assertFalse("no imports at all", imports.isEmpty());
        imports.forEach((pkg, range) -> assertEquals(pkg + " range", expectedRange(pkg), range));
    }

    @Test
    public void shouldImportEveryPackageItsClassesUse() throws IOException {
        Set<String> used = referencedPackages();
        assertTrue(used.contains("com.atlassian.jira.security"));
        List<String> missing = new ArrayList<>();
        for (String pkg : used) {
            if (!pkg.startsWith("java.") && !pkg.startsWith(KEY) && !imports.containsKey(pkg)) {
                missing.add(pkg);
            }
        }
        assertTrue("used but not imported: " + missing, missing.isEmpty());
    }

    @Test
    public void shouldHoldOnlyTheAppsOwnClasses() {
        List<String> foreign = new ArrayList<>();
        int own = 0;
        for (JarEntry entry : Collections.list(jar.entries())) {
            String name = entry.getName();
            if (!name.endsWith(".class")) {
                continue;
            }
            boolean ours = name.startsWith("dev/northstar/okr/");
            // src/local/java (command line, playground, simulated Jira) is compiled into the command line jar only
            boolean commandLineOnly = name.startsWith("dev/northstar/okr/local/");
            if (!ours || commandLineOnly) {
                foreign.add(name);
            } else {
                own++;
            }
        }
        assertTrue("classes that must not be in the plugin: " + foreign, foreign.isEmpty());
        assertTrue("no app classes in the jar", own > 5);
    }

    @Test
    public void shouldHoldTheDescriptorI18nAndWiring() throws IOException {
        String descriptor = text("atlassian-plugin.xml");
        assertFalse("unfiltered Maven property in the descriptor", descriptor.contains("${"));
        assertTrue(descriptor.contains("key=\"" + KEY + "\""));
        for (String file : List.of("i18n/okr.properties", "i18n/okr_ko.properties",
                "META-INF/spring/northstar-osgi.xml", "META-INF/spring/northstar-components.xml")) {
            assertNotNull(file + " is missing", jar.getEntry(file));
        }
    }

    @Test
    public void shouldHoldThePluginIconAndLogoTheDescriptorNames() throws IOException {
        String descriptor = text("atlassian-plugin.xml");
        Map<String, Integer> sizes = Map.of("plugin-icon", 16, "plugin-logo", 72);
        for (Map.Entry<String, Integer> image : sizes.entrySet()) {
            Matcher param = Pattern.compile("<param name=\"" + image.getKey() + "\">([^<]+)</param>")
                    .matcher(descriptor);
            assertTrue(image.getKey() + " is not in plugin-info", param.find());
            JarEntry entry = jar.getJarEntry(param.group(1).trim());
            assertNotNull(param.group(1) + " is not in the jar", entry);
            try (InputStream in = jar.getInputStream(entry)) {
                java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(in);
                assertNotNull(param.group(1) + " is no readable image", png);
                assertEquals(param.group(1), image.getValue().intValue(), png.getWidth());
                assertEquals(param.group(1), image.getValue().intValue(), png.getHeight());
            }
        }
        // the board tools link's Velocity reference reaches Jira as written
        assertTrue(descriptor.contains("sprint-review?boardId=$board.id</link>"));
    }

    @Test
    public void shouldHoldEverythingTheDescriptorNames() throws Exception {
        PluginDescriptor descriptor;
        try (InputStream in = jar.getInputStream(jar.getEntry("atlassian-plugin.xml"))) {
            descriptor = PluginDescriptor.parse(in);
        }
        for (String type : descriptor.distinctClasses()) {
            assertNotNull("descriptor names a class the jar lacks: " + type, jar.getEntry(classFile(type)));
        }
        for (String file : descriptor.files) {
            if (file.endsWith("/")) {
                assertTrue("descriptor names a folder the jar lacks: " + file,
                        Collections.list(jar.entries()).stream().anyMatch(e -> e.getName().startsWith(file)
                                && !e.isDirectory()));
            } else {
                assertNotNull("descriptor names a file the jar lacks: " + file, jar.getEntry(file));
            }
        }
        for (String pkg : descriptor.restPackages) {
            String dir = pkg.replace('.', '/') + "/";
            assertTrue("REST package without classes: " + pkg, Collections.list(jar.entries()).stream()
                    .anyMatch(e -> e.getName().startsWith(dir) && e.getName().endsWith(".class")));
        }
        List<String> keys = descriptor.moduleKeys();
        assertEquals("module keys must be unique: " + keys, new TreeSet<>(keys).size(), keys.size());
    }

    @Test
    public void shouldHoldEveryWiredClassAndImportEveryReferencedService() throws Exception {
        for (String file : List.of("META-INF/spring/northstar-osgi.xml", "META-INF/spring/northstar-components.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            NodeList all;
            try (InputStream in = jar.getInputStream(jar.getEntry(file))) {
                all = factory.newDocumentBuilder().parse(in).getElementsByTagName("*");
            }
            for (int i = 0; i < all.getLength(); i++) {
                Element element = (Element) all.item(i);
                if (element.hasAttribute("class") && !element.getAttribute("class").startsWith("java.")) {
                    assertNotNull(file + " wires a class the jar lacks: " + element.getAttribute("class"),
                            jar.getEntry(classFile(element.getAttribute("class"))));
                }
                if (element.hasAttribute("interface")) {
                    String type = element.getAttribute("interface");
                    String pkg = type.substring(0, type.lastIndexOf('.'));
                    assertTrue(file + " names " + type + " but the bundle does not import " + pkg,
                            pkg.startsWith(KEY) || imports.containsKey(pkg));
                }
            }
        }
    }

    private static String expectedRange(String pkg) {
        return RANGES.entrySet().stream()
                .filter(e -> pkg.equals(e.getKey()) || pkg.startsWith(e.getKey() + "."))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no import policy for " + pkg + "; add one to the pom and "
                        + "to RANGES"));
    }

    private Set<String> referencedPackages() throws IOException {
        Set<String> packages = new TreeSet<>();
        Remapper collector = new Remapper() {
            @Override
            public String map(String internalName) {
                int slash = internalName.lastIndexOf('/');
                if (slash > 0 && !internalName.startsWith("[")) {
                    packages.add(internalName.substring(0, slash).replace('/', '.'));
                }
                return internalName;
            }
        };
        for (JarEntry entry : Collections.list(jar.entries())) {
            if (entry.getName().endsWith(".class")) {
                try (InputStream in = jar.getInputStream(entry)) {
                    new ClassReader(in).accept(new ClassRemapper(new ClassVisitor(Opcodes.ASM9) {
                    }, collector), 0);
                }
            }
        }
        return packages;
    }

    /** Import-Package as package -> version range; quoted attribute values may contain commas. */
    static Map<String, String> parseImports(String header) {
        Map<String, String> result = new LinkedHashMap<>();
        if (header == null) {
            return result;
        }
        List<String> clauses = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        clauses.add(current.toString());
        Pattern version = Pattern.compile("version=\"([^\"]*)\"");
        for (String clause : clauses) {
            String[] parts = clause.trim().split(";", 2);
            Matcher m = version.matcher(parts.length > 1 ? parts[1] : "");
            result.put(parts[0].trim(), m.find() ? m.group(1) : "(none)");
        }
        return result;
    }

    private static String classFile(String className) {
        return className.replace('.', '/') + ".class";
    }

    private static String text(String entry) throws IOException {
        try (InputStream in = jar.getInputStream(jar.getEntry(entry))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
