package dev.northstar.okr.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import java.net.URI;
import java.util.Set;

/**
 * Refuses cross-site state changes, in addition to Jira's own REST XSRF check (which this app never switches
 * off). A state change must carry a JSON body, which a cross-site form cannot send without a CORS preflight that
 * Jira does not grant, or Jira's "X-Atlassian-Token: no-check" header; and when the browser names the page's
 * origin, it must be this server. It runs before resource matching, so a cross-site form gets this 403 rather
 * than a 415 that would tell it which addresses exist. Before any of it, on every request, the headers JAX-RS
 * parses are checked ({@link RequestHeaders}), so that a garbled one is refused rather than failing later.
 */
@Provider
@PreMatching
public class XsrfGuard implements ContainerRequestFilter {
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = RequestHeaders.check(request);
        if (SAFE.contains(request.getMethod())) {
            return;
        }
        boolean json = type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE);
        boolean token = "no-check".equalsIgnoreCase(request.getHeaderString("X-Atlassian-Token"));
        if (!json && !token) {
            throw ApiException.forbidden(null, "okr.error.xsrf");
        }
        String origin = request.getHeaderString("Origin");
        if (origin != null && !sameHost(origin, request.getUriInfo().getRequestUri())) {
            throw ApiException.forbidden(null, "okr.error.xsrf");
        }
    }

    private static boolean sameHost(String origin, URI request) {
        try {
            URI from = URI.create(origin.trim());
            return from.getHost() != null && from.getHost().equalsIgnoreCase(request.getHost())
                    && port(from) == port(request);
        } catch (IllegalArgumentException garbled) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
