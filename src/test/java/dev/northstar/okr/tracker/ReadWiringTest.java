package dev.northstar.okr.tracker;

import dev.northstar.okr.testing.MemoryStores;
import org.junit.Test;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.core.io.ClassPathResource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;

import static org.junit.Assert.assertNotNull;
import static org.mockito.Mockito.mock;

/**
 * The read service and its endpoints wire from the app's real Spring files (the Jira adapters are there) once the
 * storage ports have beans. Those are built on another branch; until they are merged, the service bean and the
 * endpoints' REST package stay out of the real wiring, and this test stands in with in-memory ports so that the
 * service's constructor cannot drift from what the wiring offers.
 */
public class ReadWiringTest {
    private static final String OSGI_NS = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";

    @Test
    public void shouldWireTheReadEndpointsFromTheRealWiringPlusStoragePorts() throws Exception {
        DefaultListableBeanFactory context = new DefaultListableBeanFactory();
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setNamespaceAware(true);
        try (InputStream in = new ClassPathResource("META-INF/spring/northstar-osgi.xml").getInputStream()) {
            NodeList references = xml.newDocumentBuilder().parse(in).getElementsByTagNameNS(OSGI_NS, "reference");
            for (int i = 0; i < references.getLength(); i++) {
                Element reference = (Element) references.item(i);
                context.registerSingleton(reference.getAttribute("id"),
                        mock(Class.forName(reference.getAttribute("interface"))));
            }
        }
        new XmlBeanDefinitionReader(context)
                .loadBeanDefinitions(new ClassPathResource("META-INF/spring/northstar-components.xml"));
        MemoryStores stores = new MemoryStores();
        context.registerSingleton("cycles", stores.cycles);
        context.registerSingleton("objectiveSettings", stores.objectives);
        context.registerSingleton("keyResultSettings", stores.keyResults);
        context.registerSingleton("initiatives", stores.initiatives);
        context.registerSingleton("clock", Clock.systemUTC());
        context.registerBeanDefinition("okrReadService", BeanDefinitionBuilder.genericBeanDefinition(
                OkrReadService.class).setAutowireMode(AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR)
                .getBeanDefinition());
        context.preInstantiateSingletons();
        for (Class<?> resource : List.of(CycleObjectivesResource.class, KeyResultReadResource.class,
                SprintReviewResource.class)) {
            assertNotNull(context.createBean(resource, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false));
        }
    }
}
