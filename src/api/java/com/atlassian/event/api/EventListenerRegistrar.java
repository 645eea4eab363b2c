package com.atlassian.event.api;

/** Declaration only (see src/api/README.md). The super-interface of EventPublisher that declares registration. */
public interface EventListenerRegistrar {
    void register(Object listener);

    void unregister(Object listener);
}
