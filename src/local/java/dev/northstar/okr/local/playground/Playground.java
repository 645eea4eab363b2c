package dev.northstar.okr.local.playground;

import dev.northstar.okr.local.simjira.SettingsFile;
import dev.northstar.okr.local.simjira.DemoUser;
import dev.northstar.okr.local.simjira.JiraData;
import com.sun.net.httpserver.HttpServer;
import dev.northstar.okr.host.BundleTexts;
import dev.northstar.okr.host.Templates;
import dev.northstar.okr.rest.ErrorBody;
import dev.northstar.okr.ui.Screens;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The app running without Jira: its real REST resources (with the error mapping and XSRF check) under
 * {@value #REST}, on Jersey over the JDK's HTTP server (behind a {@link FrontDoor} that answers requests the JDK's
 * server cannot parse with the REST API's JSON error body), its web resources and pages with AUI's styles, over a
 * simulated Jira made from an export and an OKR file, and Active Objects on an HSQLDB file in the data folder.
 */
public final class Playground implements AutoCloseable {
    public static final String REST = "/rest/northstar-okr/1.0";
    public static final int DEFAULT_PORT = 8090;

    /**
     * How to start.
     *
     * @param port    0 for any free port
     * @param issues  a Jira export, or null for the demo quarter (then {@code sprints} and {@code okrs} are unused)
     * @param okrs    the OKR file; required with {@code issues}
     * @param user    the demo user of visitors who have not chosen one
     * @param data    the data folder; null for {@code target/playground-data/<data set>}
     * @param reset   wipe the data folder first
     * @param screens   null for the app's real screens ({@link PlaygroundComponents#screens()}); tests give a
     *                  stand-in here to see how the pages treat a screen (one that fails, say)
     * @param templates null for the real plain-Velocity templates; a stand-in only with stand-in screens
     */
    public record Options(int port, Path issues, Path sprints, Path okrs, String user, Path data, boolean reset,
                          Clock clock, Function<PlaygroundComponents, Screens> screens, Templates templates) {
        public static Options defaults() {
            return new Options(DEFAULT_PORT, null, null, null, "admin", null, false, Clock.systemUTC(), null, null);
        }

        public Options withPort(int port) {
            return new Options(port, issues, sprints, okrs, user, data, reset, clock, screens, templates);
        }

        public Options withData(Path issues, Path sprints, Path okrs) {
            return new Options(port, issues, sprints, okrs, user, data, reset, clock, screens, templates);
        }

        public Options withUser(String user) {
            return new Options(port, issues, sprints, okrs, user, data, reset, clock, screens, templates);
        }

        public Options withDataFolder(Path data, boolean reset) {
            return new Options(port, issues, sprints, okrs, user, data, reset, clock, screens, templates);
        }

        public Options withClock(Clock clock) {
            return new Options(port, issues, sprints, okrs, user, data, reset, clock, screens, templates);
        }

        public Options withScreens(Function<PlaygroundComponents, Screens> screens, Templates templates) {
            return new Options(port, issues, sprints, okrs, user, data, reset, clock, screens, templates);
        }
    }

    private final HttpServer server;
    private final FrontDoor frontDoor;
    private final ExecutorService threads;
    private final PlaygroundComponents app;
    private final URI url;
    private final String dataset;
    private final boolean seeded;
    private final Path dataFolder;
    private final List<String> notes;
    private final JiraData jira;

    private Playground(HttpServer server, FrontDoor frontDoor, ExecutorService threads, PlaygroundComponents app,
                       String dataset, boolean seeded, Path dataFolder, List<String> notes, JiraData jira) {
        this.jira = jira;
        this.server = server;
        this.frontDoor = frontDoor;
        this.threads = threads;
        this.app = app;
        this.url = URI.create("http://localhost:" + frontDoor.address().getPort() + "/");
        this.dataset = dataset;
        this.seeded = seeded;
        this.dataFolder = dataFolder;
        this.notes = notes;
    }

    /** Loads the data, starts the app and serves it. Bad input fails with an {@code ExportException}. */
    public static Playground start(Options options) {
        if (DemoUser.byKey(options.user()).isEmpty()) {
            throw new PlaygroundException("unknown user \"" + options.user() + "\"; choose one of "
                    + DemoUser.ALL.stream().map(DemoUser::key).toList());
        }
        boolean demo = options.issues() == null;
        if (!demo && options.okrs() == null) {
            throw new PlaygroundException("--issues needs --okrs (the OKR file that goes with the export)");
        }
        Path source = demo ? Places.find(Path.of("examples", "demo")).orElseThrow(() ->
                new PlaygroundException("the demo data (examples/demo) was not found; run from the project root"))
                : null;
        String name = demo ? "demo" : baseName(options.okrs());
        Path data = options.data() != null ? options.data() : Path.of("target", "playground-data", name);
        Path folder = data.toAbsolutePath().normalize();
        if (!OPEN.add(folder)) {
            // HSQLDB's lock file keeps out other processes; within one JVM it would share the database instead
            throw new PlaygroundException("the data folder " + data + " is in use by another playground;"
                    + " stop that one or choose another --data");
        }
        try {
            return start(options, demo, source, name, data);
        } catch (RuntimeException | Error e) {
            OPEN.remove(folder);
            throw e;
        }
    }

    /** Data folders of the playgrounds running in this JVM. */
    private static final java.util.Set<Path> OPEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static Playground start(Options options, boolean demo, Path source, String name, Path data) {
        if (options.reset()) {
            wipe(data);
        }
        SettingsFile settings = new SettingsFile(data.resolve("settings.properties"));
        Path issues = options.issues();
        Path sprints = options.sprints();
        Path okrs = options.okrs();
        String fingerprint = null;
        if (demo) {
            // the same shift for the life of the data folder, so stored check-ins stay in step with the issues
            String key = "dev.northstar.okr.local.playground.demoWeeks";
            long weeks = settings.get(key).map(Long::parseLong)
                    .orElseGet(() -> DemoQuarter.weeksUntil(source, options.clock().instant()));
            DemoQuarter.Files3 moved = DemoQuarter.write(source, data.resolve("demo-export"), weeks);
            settings.put(key, Long.toString(weeks));
            issues = moved.issues();
            sprints = moved.sprints();
            okrs = moved.okrs();
            fingerprint = "demo " + digest(source.resolve(DemoQuarter.ISSUES), source.resolve(DemoQuarter.SPRINTS),
                    source.resolve(DemoQuarter.OKRS));
        }
        Dataset loaded = Dataset.load(issues, sprints, okrs);
        if (!demo) {
            fingerprint = digest(Stream.of(issues, sprints, okrs).filter(p -> p != null).toArray(Path[]::new));
        }
        PlaygroundComponents app;
        java.util.concurrent.atomic.AtomicReference<String> baseUrl = new java.util.concurrent.atomic.AtomicReference<>(
                "http://localhost:" + options.port());
        try {
            app = new PlaygroundComponents(loaded.jira(), data, settings, options.clock(), baseUrl::get);
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("lock")) {
                throw new PlaygroundException("the data folder " + data + " is in use by another playground;"
                        + " stop that one or choose another --data", e);
            }
            throw e;
        }
        ExecutorService threads = null;
        FrontDoor frontDoor = null;
        try {
            String seed = fingerprint;
            boolean seeded = Visit.anonymous().run(() -> {
                app.start();
                return Seeder.start(app, loaded, seed);
            });
            ResourceConfig config = new ResourceConfig().register(JacksonFeature.class)
                    .register(new VisitFilter(options.user()));
            app.restComponents().forEach(config::register);
            // the JDK's server on a free port of its own, behind the front door on the port asked for
            HttpServer server = JdkHttpServerFactory.createHttpServer(URI.create("http://localhost:0" + REST), config,
                    false);
            try {
                frontDoor = new FrontDoor(new InetSocketAddress("localhost", options.port()), server.getAddress(),
                        Playground::badRequest);
            } catch (IOException e) {
                throw new PlaygroundException("port " + options.port() + " on localhost is taken; choose another"
                        + " with --port (0 picks a free one)", e);
            }
            baseUrl.set("http://localhost:" + frontDoor.address().getPort());
            threads = Executors.newFixedThreadPool(8, r -> {
                Thread t = new Thread(r, "playground-http");
                t.setDaemon(true);
                return t;
            });
            server.setExecutor(threads);
            Screens screens = options.screens() == null ? app.screens() : options.screens().apply(app);
            Templates templates = options.screens() == null || options.templates() == null ? app.templates()
                    : options.templates();
            server.createContext(AgileApi.BASE, new AgileApi(loaded.jira(), app.access(), options.user()));
            server.createContext(IssuePickerApi.PATH, new IssuePickerApi(app.jira().issuePicker(), options.user()));
            server.createContext("/", new Pages(app, loaded.jira(), name, options.user(), screens,
                    templates, new WebFiles(app.descriptor())));
            server.start();
            return new Playground(server, frontDoor, threads, app, name, seeded, data, loaded.notes(), loaded.jira());
        } catch (RuntimeException e) {
            if (frontDoor != null) {
                frontDoor.close();
            }
            if (threads != null) {
                threads.shutdownNow();
            }
            app.close();
            throw e;
        }
    }

    /** The REST API's error body for a request the front door refuses, as its error mapping writes it. */
    private static String badRequest() {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(new ErrorBody(400,
                    new BundleTexts(() -> java.util.Locale.ENGLISH).text("okr.error.http.400"), "okr.error.http.400",
                    null));
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public URI url() {
        return url;
    }

    public int port() {
        return frontDoor.address().getPort();
    }

    /** Where it listens: localhost only, never another interface. */
    public java.net.InetSocketAddress address() {
        return frontDoor.address();
    }

    /** "demo", or the OKR file's name for another data set. */
    public String dataset() {
        return dataset;
    }

    /** Whether this start stored the data set's seed (the data folder was new). */
    public boolean seeded() {
        return seeded;
    }

    public Path dataFolder() {
        return dataFolder;
    }

    public List<String> notes() {
        return notes;
    }

    /** The simulated Jira the app runs on. */
    public dev.northstar.okr.local.simjira.SimulatedJira jira() {
        return app.jira();
    }

    public PlaygroundComponents components() {
        return app;
    }

    @Override
    public void close() {
        try {
            frontDoor.close();
            server.stop(0);
            threads.shutdownNow();
            app.close();
        } finally {
            OPEN.remove(dataFolder.toAbsolutePath().normalize());
        }
    }

    private static String baseName(Path okrs) {
        String file = okrs.getFileName().toString();
        int dot = file.lastIndexOf('.');
        return (dot > 0 ? file.substring(0, dot) : file).replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String digest(Path... files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    byte[] buffer = new byte[1 << 16];
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        sha.update(buffer, 0, n);
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new dev.northstar.okr.local.export.ExportException("cannot read " + e.getMessage(), e);
        }
    }

    private static void wipe(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot wipe " + folder, e);
        }
    }

    /** Files of the project found from the working folder or from where the playground's classes are. */
    static final class Places {
        private Places() {
        }

        static Optional<Path> find(Path relative) {
            Path here = Path.of("").toAbsolutePath();
            if (Files.exists(here.resolve(relative))) {
                return Optional.of(here.resolve(relative));
            }
            try {
                // target/northstar-okr-cli.jar or target/test-classes: the project is two levels up
                Path code = Path.of(Playground.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                Path project = code.getParent() == null ? null : code.getParent().getParent();
                if (project != null && Files.exists(project.resolve(relative))) {
                    return Optional.of(project.resolve(relative));
                }
            } catch (Exception unknown) {
                // no code source: only the working folder counts
            }
            return Optional.empty();
        }
    }
}
