package dev.northstar.okr.local.playground;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;

import java.util.List;

/**
 * Jira's authentication for the REST API, in the playground: the visitor is the demo user named by {@code ?as=} or
 * by the playground's cookie (which the pages set), else the default user; {@code ?lang=} or the cookie picks the
 * language. Runs before everything else, the XSRF check included, so every answer speaks the visitor's language.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
final class VisitFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private final String defaultUser;

    VisitFilter(String defaultUser) {
        this.defaultUser = defaultUser;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        var query = request.getUriInfo().getQueryParameters();
        Visit.enter(Visit.choose(query.getFirst("as"), cookie(request, Visit.USER_COOKIE), query.getFirst("lang"),
                cookie(request, Visit.LANGUAGE_COOKIE), defaultUser));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Visit.leave();
    }

    /** Read from the raw headers, as the pages read them: JAX-RS's parser fails on a garbled Cookie header. */
    private static String cookie(ContainerRequestContext request, String name) {
        List<String> headers = request.getHeaders().get("Cookie");
        return PageExchange.cookie(headers == null ? List.of() : headers, name);
    }
}
