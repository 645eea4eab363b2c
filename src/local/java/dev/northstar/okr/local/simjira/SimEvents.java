package dev.northstar.okr.local.simjira;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Jira's event publisher: registered listeners get each published event on their public {@link EventListener}
 * methods whose one parameter the event is an instance of. A failing listener is logged and the others still run,
 * as Jira's publisher does.
 */
final class SimEvents implements EventPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(SimEvents.class);
    private final List<Object> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void register(Object listener) {
        if (!listeners.contains(listener)) {
            listeners.add(listener);
        }
    }

    @Override
    public void unregister(Object listener) {
        listeners.remove(listener);
    }

    void publish(Object event) {
        for (Object listener : listeners) {
            for (Method method : listener.getClass().getMethods()) {
                if (method.isAnnotationPresent(EventListener.class) && method.getParameterCount() == 1
                        && method.getParameterTypes()[0].isInstance(event)) {
                    try {
                        method.invoke(listener, event);
                    } catch (IllegalAccessException | InvocationTargetException failed) {
                        LOG.error("listener {} failed on {}", listener.getClass().getName(), event, failed);
                    }
                }
            }
        }
    }
}
