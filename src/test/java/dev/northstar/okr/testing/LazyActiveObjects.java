package dev.northstar.okr.testing;

import com.atlassian.activeobjects.external.ActiveObjects;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.Supplier;

/**
 * An ActiveObjects that asks {@code rule} for the real service on each call, so that REST resources can be built
 * (for a {@link RestServer} rule) before the {@link ActiveObjectsRule} has started its database.
 */
public final class LazyActiveObjects {
    private LazyActiveObjects() {
    }

    public static ActiveObjects of(Supplier<? extends ActiveObjects> service) {
        return (ActiveObjects) Proxy.newProxyInstance(LazyActiveObjects.class.getClassLoader(),
                new Class<?>[]{ActiveObjects.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.getName().equals("equals") ? proxy == args[0]
                                : method.getName().equals("hashCode") ? System.identityHashCode(proxy)
                                : "lazy ActiveObjects";
                    }
                    try {
                        return method.invoke(service.get(), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
