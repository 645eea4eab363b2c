package com.atlassian.event.api;

/**
 * Declaration only (see src/api/README.md). register and unregister come from EventListenerRegistrar; a call
 * through EventPublisher links to EventPublisher.register, which the JVM resolves in the super-interface.
 */
public interface EventPublisher extends EventListenerRegistrar {
}
