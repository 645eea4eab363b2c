package dev.northstar.okr.local.cli;

import dev.northstar.okr.local.simjira.DemoUser;
import dev.northstar.okr.local.export.ExportException;
import dev.northstar.okr.local.playground.Playground;
import dev.northstar.okr.local.playground.PlaygroundException;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code serve}: the playground, the app running locally without Jira (docs/playground.md). Prints one line with
 * the address once it serves, then runs until stopped (Ctrl+C), closing the database cleanly.
 */
final class ServeCommand {
    private static final Set<String> VALUES = Set.of("--port", "--issues", "--sprints", "--okrs", "--user", "--data");
    private static final Set<String> FLAGS = Set.of("--reset");

    int run(String[] argv, PrintStream out) {
        Args a = new Args(argv, 0, VALUES, FLAGS);
        int port = a.intValue("--port", Playground.DEFAULT_PORT);
        if (port < 0 || port > 65535) {
            throw new UsageException("--port must be 0 to 65535, got " + port);
        }
        String user = a.get("--user") == null ? "admin" : a.get("--user");
        if (DemoUser.byKey(user).isEmpty()) {
            throw new UsageException("--user must be one of " + DemoUser.ALL.stream().map(DemoUser::key).toList()
                    + ", got \"" + user + "\"");
        }
        if (a.get("--issues") == null && (a.get("--okrs") != null || a.get("--sprints") != null)) {
            throw new UsageException("--okrs and --sprints go with --issues (without them the demo quarter is used)");
        }
        if (a.get("--issues") != null && a.get("--okrs") == null) {
            throw new UsageException("--issues needs --okrs (the OKR file that goes with the export)");
        }
        quietLibraries();
        long started = System.nanoTime();
        Playground.Options options = Playground.Options.defaults().withPort(port).withUser(user)
                .withData(path(a.get("--issues")), path(a.get("--sprints")), path(a.get("--okrs")))
                .withDataFolder(path(a.get("--data")), a.flag("--reset"));
        Playground playground;
        try {
            playground = Playground.start(options);
        } catch (PlaygroundException e) {
            throw new ExportException(e.getMessage(), e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            playground.close();
            stopped.countDown();
        }, "playground-stop"));
        playground.notes().stream().limit(20).forEach(n -> out.println("note: " + n));
        out.printf("Northstar OKR playground (%s data, %s, data in %s) started in %d ms: %s%n",
                playground.dataset(), playground.seeded() ? "seeded now" : "kept from before",
                playground.dataFolder(), (System.nanoTime() - started) / 1_000_000, playground.url());
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** Warnings and errors only: the ORM would log every SQL statement, Jersey and setup every step. */
    private static void quietLibraries() {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        for (java.util.logging.Logger logger : QUIET) {
            logger.setLevel(logger.getName().startsWith("net.") ? java.util.logging.Level.WARNING
                    : java.util.logging.Level.SEVERE);
        }
    }

    /**
     * Held here: java.util.logging keeps loggers weakly, and a collected one forgets its level. Jersey's provider
     * check warns about every resource registered as an instance, and WADL misses JAXB; both are harmless.
     */
    private static final java.util.List<java.util.logging.Logger> QUIET = java.util.List.of(
            java.util.logging.Logger.getLogger("net.java.ao"),
            java.util.logging.Logger.getLogger("org.glassfish.jersey.internal.inject.Providers"),
            java.util.logging.Logger.getLogger("org.glassfish.jersey.server.wadl"));

    private static Path path(String value) {
        return value == null ? null : Path.of(value);
    }
}
