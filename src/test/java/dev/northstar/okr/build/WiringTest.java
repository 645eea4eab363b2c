package dev.northstar.okr.build;

import dev.northstar.okr.local.playground.AppWiring;
import org.junit.BeforeClass;
import org.mockito.Mockito;
import org.junit.Test;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.io.ClassPathResource;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;

/**
 * Builds the app's real component graph from its real wiring (META-INF/spring) with Jira's services mocked, the
 * way Jira would: OSGi references become beans, the app's beans are created by constructor, and every class Jira
 * instantiates from atlassian-plugin.xml (REST resources and providers, web fragments, upgrade tasks) is then
 * autowired from that context. A missing bean, reference or constructor fails here instead of in Jira.
 */
public class WiringTest {
    private static AppWiring wiring;
    private static DefaultListableBeanFactory context;
    private static final Map<String, String> references = new LinkedHashMap<>();

    @BeforeClass
    public static void wire() {
        wiring = AppWiring.load();
        wiring.references().forEach((id, type) -> {
            assertTrue(type + " must be an interface to be an OSGi service", type.isInterface());
            references.put(id, type.getName());
        });
        context = wiring.build(Mockito::mock, null);
    }

    @Test
    public void shouldCreateEveryComponent() {
        assertTrue("no components wired", context.getBeanDefinitionCount() > 3);
        for (String name : context.getBeanDefinitionNames()) {
            assertNotNull(name, context.getBean(name));
        }
    }

    @Test
    public void shouldUseEveryOsgiReference() {
        // An unused reference makes Jira wait for a service the app never needs.
        List<String> unused = new ArrayList<>();
        for (String id : references.keySet()) {
            boolean used = Stream.of(context.getBeanDefinitionNames())
                    .map(context::getBeanDefinition)
                    .anyMatch(d -> {
                        try {
                            return Stream.of(Class.forName(d.getBeanClassName()).getConstructors())
                                    .flatMap(c -> Stream.of(c.getParameterTypes()))
                                    .anyMatch(p -> p.getName().equals(references.get(id)));
                        } catch (ClassNotFoundException e) {
                            throw new AssertionError(e);
                        }
                    });
            if (!used) {
                unused.add(id);
            }
        }
        assertTrue("OSGi references no component needs: " + unused, unused.isEmpty());
    }

    @Test
    public void shouldAutowireEveryClassJiraCreatesFromTheDescriptor() throws Exception {
        PluginDescriptor descriptor;
        try (InputStream xml = new ClassPathResource("atlassian-plugin.xml").getInputStream()) {
            descriptor = PluginDescriptor.parse(xml);
        }
        List<Class<?>> created = new ArrayList<>();
        for (String name : descriptor.classes) {
            created.add(Class.forName(name));
        }
        for (String restPackage : descriptor.restPackages) {
            List<Class<?>> rest = restClasses(restPackage);
            assertFalse("REST package " + restPackage + " has no resource or provider", rest.isEmpty());
            created.addAll(rest);
        }
        for (Class<?> type : created) {
            Object instance = context.createBean(type, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false);
            assertEquals(type, instance.getClass());
        }
    }

    @Test
    public void shouldExportEveryOsgiServiceFromAComponentOfThatType() throws Exception {
        assertTrue("the app offers no OSGi service", !wiring.services().isEmpty());
        wiring.services().forEach((ref, type) ->
                assertTrue(ref + " is not a " + type, type.isInstance(context.getBean(ref))));
    }

    /** The REST classes Jira's REST module finds in one of the descriptor's packages. */
    static List<Class<?>> restClasses(String restPackage) {
        return AppWiring.restClasses(restPackage);
    }
}
