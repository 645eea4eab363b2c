package dev.northstar.okr.testing;

import com.sun.net.httpserver.HttpServer;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.rules.ExternalResource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A real JAX-RS server (Jersey on the JDK's HTTP server) on a free local port, serving the given resource and
 * provider instances under {@code /rest/northstar-okr/1.0}, as Jira's REST module would; and a plain HTTP client
 * to call it, so tests see exactly the bytes and statuses a browser would.
 */
public final class RestServer extends ExternalResource {
    public static final String BASE = "/rest/northstar-okr/1.0";

    private final Object[] components;
    private HttpServer server;
    private URI root;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public RestServer(Object... components) {
        this.components = components;
    }

    @Override
    protected void before() {
        ResourceConfig config = new ResourceConfig().register(JacksonFeature.class);
        for (Object component : components) {
            config.register(component);
        }
        server = JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0" + BASE), config, false);
        server.start();
        root = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + BASE);
    }

    @Override
    protected void after() {
        server.stop(0);
    }

    public URI uri(String path) {
        return URI.create(root + path);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().header("Accept", "application/json"));
    }

    public HttpResponse<String> put(String path, String json) {
        return send(json(path, json).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> post(String path, String json) {
        return send(json(path, json).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder json(String path, String json) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json");
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
