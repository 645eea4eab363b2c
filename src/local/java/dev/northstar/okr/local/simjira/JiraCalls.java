package dev.northstar.okr.local.simjira;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the app's calls into the simulated Jira by service and method ({@code SearchService.searchOverrideSecurity}),
 * so tests and benchmarks can say what a screen asks of Jira. Each service is wrapped once in a proxy of its
 * Atlassian interface; the count is kept whatever the call returns or throws.
 */
public final class JiraCalls {
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    <T> T counted(Class<T> type, T target) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(target, args);
            }
            counts.computeIfAbsent(type.getSimpleName() + "." + method.getName(), k -> new LongAdder()).increment();
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    /** Calls of one kind so far, e.g. {@code count("SearchService.searchOverrideSecurity")}. */
    public long count(String serviceAndMethod) {
        LongAdder n = counts.get(serviceAndMethod);
        return n == null ? 0 : n.sum();
    }

    /** Every kind of call made so far, with its count, sorted by kind. */
    public Map<String, Long> all() {
        Map<String, Long> all = new TreeMap<>();
        counts.forEach((k, v) -> all.put(k, v.sum()));
        return all;
    }

    /** Calls of every kind whose name starts with {@code prefix} (a service, say). */
    public long total(String prefix) {
        return all().entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToLong(Map.Entry::getValue)
                .sum();
    }

    public void reset() {
        counts.clear();
    }
}
