package dev.northstar.okr.local.velocity;

import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.util.RuntimeServicesAware;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.apache.velocity.util.introspection.VelPropertySet;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Velocity's introspection with Jira's method allowlist (enforced since Jira 10): a template may call a method only
 * when the plugin's {@code <velocity-allowlist>} names it as {@code fully.qualified.Class#method(param.Type,...)}.
 * A call that Jira would refuse fails here too, loudly, so a missing allowlist entry shows up in the playground
 * and in tests rather than as a blank panel in Jira.
 *
 * <p>Classes are named by their runtime class, as Jira's allowlist names them. Templates never set properties.
 */
public final class AllowlistUberspect extends UberspectImpl implements RuntimeServicesAware {
    /** Application attribute under which {@link VelocityTemplates} hands over the allowed methods. */
    static final String ALLOWED = AllowlistUberspect.class.getName() + ".allowed";

    private Set<String> allowed = Set.of();

    @Override
    @SuppressWarnings("unchecked")
    public void setRuntimeServices(RuntimeServices services) {
        Object given = services.getApplicationAttribute(ALLOWED);
        allowed = given == null ? Set.of() : Set.copyOf((Set<String>) given);
    }

    @Override
    public VelMethod getMethod(Object target, String name, Object[] args, Info info) throws Exception {
        VelMethod method = super.getMethod(target, name, args, info);
        if (method != null) {
            check(introspector.getMethod(target.getClass(), name, args), target, info);
        }
        return method;
    }

    @Override
    public VelPropertyGet getPropertyGet(Object target, String identifier, Info info) throws Exception {
        VelPropertyGet getter = super.getPropertyGet(target, identifier, info);
        if (getter != null) {
            String name = getter.getMethodName();
            // $x.foo may resolve to getFoo(), isFoo(), or get("foo") on a map-like object
            Method method = "get".equals(name) ? getWithKey(target.getClass()) : target.getClass().getMethod(name);
            check(method, target, info);
        }
        return getter;
    }

    @Override
    public VelPropertySet getPropertySet(Object target, String identifier, Object arg, Info info) {
        throw new IllegalStateException("templates only show values; " + info + " sets " + identifier);
    }

    private static Method getWithKey(Class<?> type) throws NoSuchMethodException {
        try {
            return type.getMethod("get", String.class);
        } catch (NoSuchMethodException notByText) {
            return type.getMethod("get", Object.class);
        }
    }

    private void check(Method method, Object target, Info info) {
        String entry = entry(target.getClass(), method);
        if (!allowed.contains(entry)) {
            throw new IllegalStateException("the velocity allowlist does not name " + entry + " (called at "
                    + info + "); Jira would refuse this call");
        }
    }

    /** The allowlist's spelling of a method on a runtime class. */
    public static String entry(Class<?> type, Method method) {
        return type.getName() + "#" + method.getName() + "(" + Arrays.stream(method.getParameterTypes())
                .map(Class::getName).collect(Collectors.joining(",")) + ")";
    }
}
