package dev.northstar.okr.build;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.junit.Test;
import org.springframework.core.io.ClassPathResource;

import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertTrue;

/**
 * Every REST endpoint states who may call it with a REST v2 access annotation, on the method or its class. An
 * endpoint without one falls back to "licensed users only", and an annotation from a package REST v2 does not read
 * (the old {@code com.atlassian.plugins.rest.common.security}) is silently ignored: both would pass every other test.
 */
public class RestAccessAnnotationsTest {
    /** The packages whose access annotations REST v2 reads on Jira 10 and 11. */
    private static final Set<String> RECOGNISED = Set.of("com.atlassian.plugins.rest.api.security.annotation",
            "com.atlassian.annotations.security");

    @Test
    public void shouldGiveEveryEndpointAnAccessAnnotationThatRestV2Reads() throws Exception {
        PluginDescriptor descriptor;
        try (InputStream xml = new ClassPathResource("atlassian-plugin.xml").getInputStream()) {
            descriptor = PluginDescriptor.parse(xml);
        }
        List<String> unguarded = new ArrayList<>();
        int endpoints = 0;
        for (String restPackage : descriptor.restPackages) {
            for (Class<?> type : WiringTest.restClasses(restPackage)) {
                if (!type.isAnnotationPresent(Path.class)) {
                    continue;
                }
                boolean classGuarded = guarded(type.getAnnotations());
                for (Method method : type.getMethods()) {
                    if (isEndpoint(method)) {
                        endpoints++;
                        if (!classGuarded && !guarded(method.getAnnotations())) {
                            unguarded.add(type.getSimpleName() + "#" + method.getName());
                        }
                    }
                }
            }
        }
        assertTrue("no endpoints found: the test would guard nothing", endpoints > 10);
        assertTrue("endpoints without a REST v2 access annotation: " + unguarded, unguarded.isEmpty());
    }

    @Test
    public void shouldAnnotateTheStoredDataEndpointsOnEveryMethodToo() throws Exception {
        // Stored OKR data: each method says it again, so that moving a method to another class keeps its rule.
        List<String> bare = new ArrayList<>();
        for (String restPackage : List.of("dev.northstar.okr.cycle", "dev.northstar.okr.checkin",
                "dev.northstar.okr.keyresult", "dev.northstar.okr.objective", "dev.northstar.okr.grade")) {
            for (Class<?> type : WiringTest.restClasses(restPackage)) {
                if (type.isAnnotationPresent(Path.class)) {
                    for (Method method : type.getMethods()) {
                        if (isEndpoint(method) && !guarded(method.getAnnotations())) {
                            bare.add(type.getSimpleName() + "#" + method.getName());
                        }
                    }
                }
            }
        }
        assertTrue("methods without their own access annotation: " + bare, bare.isEmpty());
    }

    private static boolean isEndpoint(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return true;
            }
        }
        return false;
    }

    private static boolean guarded(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (RECOGNISED.contains(annotation.annotationType().getPackageName())) {
                return true;
            }
        }
        return false;
    }
}
