package dev.northstar.okr.local.playground;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.net.URL;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The app's wiring as Jira reads it: the OSGi services it takes and offers ({@code northstar-osgi.xml}, Gemini
 * Blueprint's {@code osgi:reference} and {@code osgi:service}) and its components ({@code northstar-components.xml}).
 * Builds the components over services supplied by a host, failing at once when the host lacks one the app takes.
 */
public final class AppWiring {
    static final String OSGI = "META-INF/spring/northstar-osgi.xml";
    static final String COMPONENTS = "META-INF/spring/northstar-components.xml";
    private static final String OSGI_NS = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";
    /** The component the playground's clock replaces, so tests can hold time still. */
    static final String CLOCK = "okrClock";

    private final Map<String, Class<?>> references;
    private final Map<String, Class<?>> services;

    private AppWiring(Map<String, Class<?>> references, Map<String, Class<?>> services) {
        this.references = references;
        this.services = services;
    }

    public static AppWiring load() {
        Map<String, Class<?>> references = new LinkedHashMap<>();
        Map<String, Class<?>> services = new LinkedHashMap<>();
        for (Element e : osgiElements("reference")) {
            references.put(e.getAttribute("id"), PlaygroundComponents.load(e.getAttribute("interface")));
        }
        for (Element e : osgiElements("service")) {
            services.put(e.getAttribute("ref"), PlaygroundComponents.load(e.getAttribute("interface")));
        }
        return new AppWiring(references, services);
    }

    /** The app's OSGi references: bean id to the interface of the service it takes. */
    public Map<String, Class<?>> references() {
        return references;
    }

    /** The OSGi services the app offers: the component's id to the service's interface. */
    public Map<String, Class<?>> services() {
        return services;
    }

    /** The ids of the components the app offers as OSGi services of this interface. */
    List<String> services(Class<?> type) {
        return services.entrySet().stream().filter(e -> e.getValue() == type).map(Map.Entry::getKey).toList();
    }

    /**
     * The app's components, created by constructor as Spring does inside Jira, over {@code host}'s service for each
     * reference (null when the host has none, which fails here); {@code clock}, when given, replaces the app's.
     */
    public DefaultListableBeanFactory build(Function<Class<?>, Object> host, Clock clock) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        references.forEach((id, type) -> {
            Object service = host.apply(type);
            if (service == null) {
                throw new IllegalStateException("the simulated Jira offers no " + type.getName()
                        + ", which the app takes as " + id);
            }
            beans.registerSingleton(id, service);
        });
        new XmlBeanDefinitionReader(beans).loadBeanDefinitions(new ClassPathResource(COMPONENTS));
        if (clock != null) {
            beans.removeBeanDefinition(CLOCK);
            beans.registerSingleton(CLOCK, clock);
        }
        beans.preInstantiateSingletons();
        return beans;
    }

    /**
     * The REST resources and providers in a package of the plugin: what Jira's REST module scans the plugin for.
     * Only the plugin's own classes count, not tests that happen to share the package.
     */
    public static List<Class<?>> restClasses(String restPackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Path.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Provider.class));
        URL plugin = codeSource(dev.northstar.okr.rest.Guard.class);
        List<Class<?>> found = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(restPackage)) {
            Class<?> type = PlaygroundComponents.load(candidate.getBeanClassName());
            if (type.getPackageName().equals(restPackage) && Objects.equals(codeSource(type), plugin)) {
                found.add(type);
            }
        }
        found.sort(java.util.Comparator.comparing(Class::getName));
        return found;
    }

    private static URL codeSource(Class<?> type) {
        return type.getProtectionDomain().getCodeSource() == null ? null
                : type.getProtectionDomain().getCodeSource().getLocation();
    }

    private static List<Element> osgiElements(String localName) {
        try (InputStream xml = new ClassPathResource(OSGI).getInputStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            NodeList nodes = factory.newDocumentBuilder().parse(xml).getElementsByTagNameNS(OSGI_NS, localName);
            List<Element> elements = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                elements.add((Element) nodes.item(i));
            }
            return elements;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + OSGI + ": " + e.getMessage(), e);
        }
    }
}
