package dev.northstar.okr.local.playground;

import org.junit.ClassRule;
import org.junit.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertTrue;

/**
 * The playground's composition root keeps up with the plugin's Spring wiring: every component of
 * northstar-components.xml is built from its own class, except the Jira adapters, which the playground replaces with
 * its own implementation of each app port they implement. A bean added to the wiring and not to the playground
 * fails here.
 */
public class PlaygroundComponentsTest {
    @ClassRule
    public static final RunningPlayground PLAYGROUND = new RunningPlayground();

    @Test
    public void shouldBuildEveryComponentOfTheSpringWiringOrAStandInForItsPort() throws Exception {
        List<Object> built = new ArrayList<>();
        for (Field field : PlaygroundComponents.class.getDeclaredFields()) {
            field.setAccessible(true);
            Object value = field.get(PLAYGROUND.playground().components());
            if (value != null) {
                built.add(value);
            }
        }
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (String name : beanClasses()) {
            Class<?> type = Class.forName(name);
            if (name.startsWith("java.")) {
                // the clock: a JDK factory, given to the playground by its options
                assertTrue(built.stream().anyMatch(type::isInstance));
                continue;
            }
            if (name.startsWith("dev.northstar.okr.jira.")) {
                for (Class<?> port : type.getInterfaces()) {
                    if (port.getName().startsWith("dev.northstar.okr.")) {
                        checked++;
                        if (built.stream().noneMatch(port::isInstance)) {
                            missing.add(port.getSimpleName() + " (for " + type.getSimpleName() + ")");
                        }
                    }
                }
            } else {
                checked++;
                if (built.stream().noneMatch(b -> b.getClass() == type)) {
                    missing.add(type.getSimpleName());
                }
            }
        }
        assertTrue("checked only " + checked, checked > 20);
        assertTrue("not built by the playground: " + missing, missing.isEmpty());
    }

    private static List<String> beanClasses() throws Exception {
        List<String> classes = new ArrayList<>();
        try (InputStream xml = PlaygroundComponentsTest.class.getClassLoader()
                .getResourceAsStream("META-INF/spring/northstar-components.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            NodeList beans = factory.newDocumentBuilder().parse(xml).getElementsByTagNameNS("*", "bean");
            for (int i = 0; i < beans.getLength(); i++) {
                classes.add(((Element) beans.item(i)).getAttribute("class"));
            }
        }
        return classes;
    }
}
