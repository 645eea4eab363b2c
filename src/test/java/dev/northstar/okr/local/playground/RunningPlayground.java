package dev.northstar.okr.local.playground;

import org.junit.rules.ExternalResource;
import org.junit.rules.TemporaryFolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * A playground started in this JVM on a free port with a fresh data folder (the demo quarter unless the options
 * say otherwise), and a plain HTTP client that sends what a browser would: the user and language as the
 * playground's cookies.
 */
public final class RunningPlayground extends ExternalResource {
    private final TemporaryFolder folder = new TemporaryFolder();
    private final UnaryOperator<Playground.Options> options;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Playground playground;
    private Path data;

    public RunningPlayground() {
        this(o -> o);
    }

    public RunningPlayground(UnaryOperator<Playground.Options> options) {
        this.options = options;
    }

    @Override
    protected void before() throws Throwable {
        folder.create();
        data = folder.newFolder("data").toPath();
        start();
    }

    /** Starts (again) on the same data folder. */
    public void start() {
        playground = Playground.start(options.apply(Playground.Options.defaults().withPort(0)
                .withDataFolder(data, false)));
    }

    public void stop() {
        if (playground != null) {
            playground.close();
            playground = null;
        }
    }

    @Override
    protected void after() {
        stop();
        folder.delete();
    }

    public Playground playground() {
        return playground;
    }

    public Path dataFolder() {
        return data;
    }

    public URI uri(String path) {
        return playground.url().resolve(path);
    }

    /** GET as the demo user {@code as} (null: the default user) in English. */
    public HttpResponse<String> get(String path, String as) {
        return get(path, as, "en");
    }

    public HttpResponse<String> get(String path, String as, String lang) {
        return send(request(path, as, lang).GET());
    }

    public HttpResponse<String> postJson(String path, String as, String json) {
        return send(request(path, as, "en").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpRequest.Builder request(String path, String as, String lang) {
        StringBuilder cookies = new StringBuilder(Visit.LANGUAGE_COOKIE + "=" + lang);
        if (as != null) {
            cookies.append("; ").append(Visit.USER_COOKIE).append('=').append(as);
        }
        return HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").header("Cookie",
                cookies.toString());
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
