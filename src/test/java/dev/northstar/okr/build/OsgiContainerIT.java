package dev.northstar.okr.build;

import org.apache.felix.framework.FrameworkFactory;
import org.junit.After;
import org.junit.BeforeClass;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * Loads the built plugin jar the way Jira's plugin system does: as an OSGi bundle in Apache Felix (the framework Jira
 * embeds), next to test bundles that export what Jira 11.3 exports to apps ({@code jira-11.3-exports.tsv}), and with
 * its Spring context started by an OSGi Spring extender (Gemini Blueprint, the extender Jira's own is built on).
 * <ul>
 * <li>the bundle resolves from its manifest alone, and each import is wired to the bundle that exports it;</li>
 * <li>every class in the jar loads through the bundle's own class loader, with every type in its signatures;</li>
 * <li>a package Jira does not export, or exports at a version outside the import's range, stops it resolving;</li>
 * <li>the real {@code META-INF/spring} files start under the extender once every {@code osgi:reference} has a
 * service: every bean is created and both {@code osgi:service}s are published; with one service missing, the
 * context waits and publishes nothing.</li>
 * </ul>
 * What it cannot show: the Atlassian classes here are our own declarations, not Jira's jars; the export versions
 * are partly assumptions (see the table); Jira's own extender and plugin transformer are not Gemini Blueprint 3.0.0.M01
 * on Spring 6.1.14.
 */
public class OsgiContainerIT {
    private static final String KEY = "dev.northstar.okr";
    private static final String OSGI_XML = "META-INF/spring/northstar-osgi.xml";
    private static final String BLUEPRINT_NS = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";
    private static final long CONTEXT_TIMEOUT_MS = 30_000;

    private static final Map<String, Map<String, Path>> BUILT = new HashMap<>();
    private static Path plugin;

    private Framework framework;
    private final Map<String, Bundle> providers = new LinkedHashMap<>();
    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());

    @BeforeClass
    public static void clean() throws Exception {
        plugin = Path.of(System.getProperty("northstar.bundle", "target/northstar-okr-0.1.0-SNAPSHOT.jar"));
        assertTrue("build the plugin jar first (mvn package): " + plugin, Files.isRegularFile(plugin));
        if (Files.exists(OsgiTestBundles.DIR)) {
            try (Stream<Path> files = Files.walk(OsgiTestBundles.DIR)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                    Files.delete(p);
                }
            }
        }
    }

    @After
    public void stop() throws Exception {
        if (framework != null) {
            framework.stop();
            framework.waitForStop(30_000);
        }
    }

    // ------------------------------------------------------------------------------------------- resolution

    @Test
    public void shouldResolveFromItsManifestAloneWiringEachImportToWhatJiraExports() throws Exception {
        List<OsgiTestBundles.Export> exports = OsgiTestBundles.exports();
        Bundle app = start("jira-11.3", exports);

        if (!resolve(app)) {
            fail("the plugin does not resolve: " + resolutionError(app));
        }
        Map<String, BundleWire> wires = new LinkedHashMap<>();
        for (BundleWire wire : app.adapt(BundleWiring.class).getRequiredWires("osgi.wiring.package")) {
            wires.put((String) wire.getCapability().getAttributes().get("osgi.wiring.package"), wire);
        }
        Set<String> mandatory = mandatoryImports();
        assertEquals("every import of the plugin is in the export table", new TreeSet<>(mandatory),
                exports.stream().map(OsgiTestBundles.Export::pkg).collect(Collectors.toCollection(TreeSet::new)));
        for (OsgiTestBundles.Export export : exports) {
            BundleWire wire = wires.get(export.pkg());
            assertNotNull(export.pkg() + " is not wired", wire);
            assertEquals(export.pkg() + " comes from the wrong bundle", "test.jira." + export.provider(),
                    wire.getProvider().getSymbolicName());
            assertEquals(export.pkg() + " wired at the wrong version", export.version(),
                    wire.getCapability().getAttributes().get("version").toString());
        }
    }

    @Test
    public void shouldLoadEveryClassInTheJarThroughItsOwnClassLoader() throws Exception {
        Bundle app = start("jira-11.3", OsgiTestBundles.exports());
        if (!resolve(app)) {
            fail(resolutionError(app));
        }
        ClassLoader own = app.adapt(BundleWiring.class).getClassLoader();
        Set<ClassLoader> providerLoaders = providers.values().stream()
                .map(b -> b.adapt(BundleWiring.class).getClassLoader()).collect(Collectors.toSet());
        int loaded = 0;
        List<String> failures = new ArrayList<>();
        try (JarFile jar = new JarFile(plugin.toFile())) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                if (!entry.getName().endsWith(".class")) {
                    continue;
                }
                String name = entry.getName().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> type = app.loadClass(name);
                    assertEquals(name + " defined by another loader", own, type.getClassLoader());
                    // Reflection resolves every type in the class's signatures through the bundle's imports.
                    type.getDeclaredFields();
                    type.getDeclaredConstructors();
                    for (Method method : type.getDeclaredMethods()) {
                        for (Class<?> parameter : method.getParameterTypes()) {
                            checkLoader(name, parameter, own, providerLoaders);
                        }
                        checkLoader(name, method.getReturnType(), own, providerLoaders);
                    }
                    loaded++;
                } catch (ClassNotFoundException | LinkageError e) {
                    failures.add(name + ": " + e);
                }
            }
        }
        assertTrue("classes that do not load in the bundle:\n" + String.join("\n", failures), failures.isEmpty());
        assertTrue("too few classes in the jar: " + loaded, loaded > 100);
    }

    private static void checkLoader(String owner, Class<?> type, ClassLoader own, Set<ClassLoader> providers) {
        while (type.isArray()) {
            type = type.getComponentType();
        }
        ClassLoader loader = type.getClassLoader();
        if (type.isPrimitive() || loader == null || type.getName().startsWith("java.")) {
            return;
        }
        // Never the test's class path: a type from there would mean the bundle saw something Jira would not offer.
        assertTrue(owner + " links " + type.getName() + " from outside the framework: " + loader,
                loader == own || providers.contains(loader) || loader.getClass().getName().startsWith("org.apache.felix"));
    }

    @Test
    public void shouldNotResolveWhenJiraDoesNotExportAPackageItImports() throws Exception {
        String missing = "com.atlassian.jira.issue.link";
        List<OsgiTestBundles.Export> exports = OsgiTestBundles.exports().stream()
                .filter(e -> !e.pkg().equals(missing)).collect(Collectors.toList());
        Bundle app = start("without-issue-link", exports);

        assertFalse("resolved without " + missing, resolve(app));
        String error = resolutionError(app);
        assertTrue(error, error.contains("osgi.wiring.package=" + missing + ")"));
    }

    @Test
    public void shouldNotResolveAgainstTheNextMajorJira() throws Exception {
        // The import ranges shut out Jira 12, whose API differs (PagerFilter.getUnlimitedFilter goes, for one).
        List<OsgiTestBundles.Export> exports = OsgiTestBundles.exports().stream()
                .map(e -> e.provider().equals("jira-api")
                        ? new OsgiTestBundles.Export(e.pkg(), "12.0.0", e.provider(), e.source()) : e)
                .collect(Collectors.toList());
        Bundle app = start("jira-12", exports);

        assertFalse("resolved against Jira 12's packages", resolve(app));
        assertTrue(resolutionError(app), resolutionError(app).contains("osgi.wiring.package=com.atlassian.jira"));
    }

    // ------------------------------------------------------------------------------------------- Spring context

    @Test
    public void shouldStartItsSpringContextUnderTheExtenderWithEveryJiraService() throws Exception {
        Bundle app = startWithExtender();
        List<Element> references = blueprint("reference");
        assertTrue(references.size() > 10);
        for (Element reference : references) {
            register(reference.getAttribute("interface"));
        }
        app.start();

        Object context = awaitContext(app, CONTEXT_TIMEOUT_MS);
        assertNotNull("the app's Spring context did not start within " + CONTEXT_TIMEOUT_MS + " ms:\n" + calls,
                context);
        String[] beans = (String[]) context.getClass().getMethod("getBeanDefinitionNames").invoke(context);
        Method getBean = context.getClass().getMethod("getBean", String.class);
        Set<String> created = new TreeSet<>();
        for (String bean : beans) {
            assertNotNull(bean, getBean.invoke(context, bean));
            created.add(bean);
        }
        for (Element component : components()) {
            assertTrue("bean not created: " + component.getAttribute("id"), created.contains(component.getAttribute("id")));
        }
        for (Element service : blueprint("service")) {
            ServiceReference<?>[] published = framework.getBundleContext()
                    .getAllServiceReferences(service.getAttribute("interface"), null);
            assertNotNull("not published: " + service.getAttribute("interface"), published);
            assertEquals(1, Stream.of(published).filter(r -> r.getBundle().equals(app)).count());
            Object bean = getBean.invoke(context, service.getAttribute("ref"));
            Object offered = framework.getBundleContext().getService(published[0]);
            assertTrue(service.getAttribute("interface") + " offers another object than the bean "
                    + service.getAttribute("ref"), offered == bean
                    || offered.getClass().getName().equals(bean.getClass().getName()));
        }
        // The issue listener registered itself with Jira's event publisher when it was created.
        assertTrue(calls.toString(), calls.contains("EventPublisher.register"));
    }

    @Test
    public void shouldNotStartItsSpringContextWhileAJiraServiceIsMissing() throws Exception {
        Bundle app = startWithExtender();
        String missing = "com.atlassian.jira.issue.link.IssueLinkManager";
        for (Element reference : blueprint("reference")) {
            if (!reference.getAttribute("interface").equals(missing)) {
                register(reference.getAttribute("interface"));
            }
        }
        app.start();

        assertNull("the context started without " + missing, awaitContext(app, 10_000));
        BundleContext system = framework.getBundleContext();
        assertNull(system.getAllServiceReferences("com.atlassian.sal.api.lifecycle.LifecycleAware", null));
        assertNull(system.getAllServiceReferences("com.atlassian.sal.api.upgrade.PluginUpgradeTask", null));

        // The same context starts as soon as the service appears: it was waiting for exactly that one.
        register(missing);
        assertNotNull("the context did not start once " + missing + " appeared", awaitContext(app, CONTEXT_TIMEOUT_MS));
    }

    // ------------------------------------------------------------------------------------------- plumbing

    private Bundle start(String variant, List<OsgiTestBundles.Export> exports) throws Exception {
        Map<String, Path> bundles = BUILT.get(variant);
        if (bundles == null) {
            bundles = OsgiTestBundles.jiraBundles(exports, variant);
            BUILT.put(variant, bundles);
        }
        Path storage = Path.of("target/osgi-it/felix-" + variant);
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toAbsolutePath().toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put("felix.log.level", "1");
        framework = new FrameworkFactory().newFramework(config);
        framework.start();
        BundleContext system = framework.getBundleContext();
        for (Map.Entry<String, Path> provider : bundles.entrySet()) {
            Bundle bundle = system.installBundle(provider.getValue().toUri().toString());
            bundle.start();
            providers.put(provider.getKey(), bundle);
        }
        return system.installBundle(plugin.toAbsolutePath().toUri().toString());
    }

    private Bundle startWithExtender() throws Exception {
        Bundle app = start("jira-11.3", OsgiTestBundles.exports());
        BundleContext system = framework.getBundleContext();
        List<Bundle> extender = new ArrayList<>();
        for (Path jar : OsgiTestBundles.extenderBundles()) {
            extender.add(system.installBundle(jar.toUri().toString()));
        }
        for (Bundle bundle : extender) {
            bundle.start();
        }
        if (!resolve(app)) {
            fail(resolutionError(app));
        }
        return app;
    }

    private boolean resolve(Bundle app) {
        return framework.adapt(FrameworkWiring.class).resolveBundles(List.of(app));
    }

    /** Why the bundle does not resolve, in Felix's words. Only for a bundle that did not resolve: it starts it. */
    private static String resolutionError(Bundle app) {
        try {
            app.start();
            app.stop();
            return "(no error)";
        } catch (BundleException e) {
            return e.getMessage();
        }
    }

    /**
     * Registers a stand-in for one of Jira's services, as Jira registers its components for plugins: a proxy of the
     * interface, loaded from the test bundle that exports it, registered by that bundle. Every call is recorded.
     */
    private void register(String interfaceName) throws Exception {
        String pkg = interfaceName.substring(0, interfaceName.lastIndexOf('.'));
        String provider = OsgiTestBundles.exports().stream().filter(e -> e.pkg().equals(pkg))
                .map(OsgiTestBundles.Export::provider).findFirst()
                .orElseThrow(() -> new AssertionError("no export for " + pkg));
        Bundle bundle = providers.get(provider);
        Class<?> type = bundle.loadClass(interfaceName);
        Object service = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (proxy, method, args) -> {
            switch (method.getName()) {
                case "equals":
                    return args != null && args.length == 1 && proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "test " + type.getSimpleName();
                default:
                    calls.add(type.getSimpleName() + "." + method.getName());
                    return defaultValue(method.getReturnType());
            }
        });
        ServiceRegistration<?> registration = bundle.getBundleContext().registerService(interfaceName, service, null);
        assertNotNull(registration);
    }

    private static Object defaultValue(Class<?> type) {
        if (type == boolean.class) {
            return false;
        } else if (type == int.class) {
            return 0;
        } else if (type == long.class) {
            return 0L;
        } else if (type == double.class) {
            return 0.0;
        } else if (type == float.class) {
            return 0.0f;
        } else if (type == short.class) {
            return (short) 0;
        } else if (type == byte.class) {
            return (byte) 0;
        } else if (type == char.class) {
            return (char) 0;
        }
        return null;
    }

    /** The application context the extender publishes for the bundle, once it has started; null until then. */
    private Object awaitContext(Bundle app, long timeoutMs) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMs;
        String filter = "(org.springframework.context.service.name=" + KEY + ")";
        while (System.currentTimeMillis() < deadline) {
            ServiceReference<?>[] refs = framework.getBundleContext().getAllServiceReferences((String) null, filter);
            if (refs != null && refs.length > 0) {
                assertEquals(app, refs[0].getBundle());
                return framework.getBundleContext().getService(refs[0]);
            }
            Thread.sleep(200);
        }
        return null;
    }

    private Set<String> mandatoryImports() throws Exception {
        try (JarFile jar = new JarFile(plugin.toFile())) {
            String header = jar.getManifest().getMainAttributes().getValue(Constants.IMPORT_PACKAGE);
            Set<String> packages = new TreeSet<>();
            for (String clause : header.split(",(?=[a-z])")) {
                if (!clause.contains("resolution:=optional")) {
                    packages.add(clause.substring(0, clause.indexOf(';')).trim());
                }
            }
            return packages;
        }
    }

    private static List<Element> blueprint(String localName) throws Exception {
        return elements(OSGI_XML, BLUEPRINT_NS, localName);
    }

    private static List<Element> components() throws Exception {
        return elements("META-INF/spring/northstar-components.xml", "http://www.springframework.org/schema/beans",
                "bean");
    }

    private static List<Element> elements(String file, String namespace, String localName) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        List<Element> found = new ArrayList<>();
        try (JarFile jar = new JarFile(plugin.toFile()); InputStream xml = jar.getInputStream(jar.getEntry(file))) {
            NodeList nodes = factory.newDocumentBuilder().parse(xml).getElementsByTagNameNS(namespace, localName);
            for (int i = 0; i < nodes.getLength(); i++) {
                found.add((Element) nodes.item(i));
            }
        }
        return found;
    }
}
