package dev.northstar.okr.local.cli;

import dev.northstar.okr.cycle.StoredCycle;
import dev.northstar.okr.domain.Weight;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.keyresult.KeyResultSettings;
import dev.northstar.okr.keyresult.StatusWeights;
import dev.northstar.okr.local.playground.PlaygroundComponents;
import dev.northstar.okr.local.simjira.DemoUser;
import dev.northstar.okr.local.simjira.JiraCalls;
import dev.northstar.okr.local.simjira.SettingsFile;
import dev.northstar.okr.local.simjira.SimCaches;
import dev.northstar.okr.local.simjira.SimulatedJira;
import dev.northstar.okr.objective.ObjectiveSettings;
import dev.northstar.okr.ui.Screen;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code jira-bench}: the app inside a simulated enterprise Jira. It builds {@link JiraBenchWorld} (the real export
 * replicated to about a million issues, 300 key results whose scopes hold every replicated epic's children), starts
 * the app from its real Spring wiring over the simulated Jira ({@link PlaygroundComponents}: the real {@code jira}
 * adapters, cache, listener, read service and screens), and measures what the screens ask of Jira:
 * <ol>
 *   <li>cold: the overview of the 300-key-result project right after a start, every Jira call counted by kind (and the
 *       same for the project with a tenth as many key results over the same issues);</li>
 *   <li>warm: the same overview again, nothing changed in between;</li>
 *   <li>a stream of issue edits at {@code --rate} a second for {@code --seconds} (after {@code --warmup} seconds of
 *       the same, unmeasured), half inside some key result's scope and half on issues no view shows, published as
 *       Jira publishes them, while the overview, a key result's panel and the sprint review are rendered in turn.</li>
 * </ol>
 * Its last line is {@code jira-bench issues=.. krs=.. in_scope=.. cold_searches=.. cold_history_calls=..
 * warm_jira_calls=.. unrelated_edit_invalidations=.. hit_rate=.. render_p95_ms=.. cache_mb=..}.
 */
final class JiraBenchCommand {
    private static final Set<String> VALUES = Set.of("--issues", "--sprints", "--copies", "--krs", "--seconds",
            "--warmup", "--rate");
    /**
     * Jira's services that read issues and their fields, links and history (Jira's index and database): what a warm
     * view must not call. The others answer who is asking and what they may do (authentication context, permission
     * and project lookups, which Jira answers from memory), read SAL's settings, and render.
     */
    static final List<String> DATA_SERVICES = List.of("SearchService.", "IssueManager.", "ChangeHistoryManager.",
            "IssueLinkManager.", "CustomFieldManager.", "IssueLinkTypeManager.", "IssueTypeManager.");
    /** Searches proper (parsing a query is not one). */
    static final List<String> SEARCHES = List.of("SearchService.search", "SearchService.searchOverrideSecurity");
    private static final StatusWeights PARTIAL = new StatusWeights(0, 0.5, 1);
    /** The original ActiveObjects logs every SQL statement at INFO; a benchmark measures, it does not print them. */
    private static final java.util.logging.Logger AO_LOG = java.util.logging.Logger.getLogger("net.java.ao");

    int run(String[] argv, PrintStream out, PrintStream err) {
        Args a = new Args(argv, 0, VALUES, Set.of());
        AO_LOG.setLevel(java.util.logging.Level.WARNING);
        Path issues = Path.of(a.get("--issues") == null ? "../shared/data/jira/appcelerator-issues.jsonl.gz"
                : a.get("--issues"));
        Path sprints = Path.of(a.get("--sprints") == null ? "../shared/data/jira/appcelerator-sprints.json"
                : a.get("--sprints"));
        Integer copies = a.get("--copies") == null ? null : a.intValue("--copies", 0);
        int krCount = a.intValue("--krs", 300);
        int seconds = a.intValue("--seconds", 30);
        int warmup = a.intValue("--warmup", 10);
        int rate = a.intValue("--rate", 10);
        if (seconds < 1 || warmup < 0 || rate < 1) {
            throw new UsageException("--seconds and --rate must be at least 1, --warmup at least 0");
        }

        long t0 = System.nanoTime();
        JiraBenchWorld world = JiraBenchWorld.build(issues, sprints, copies, krCount);
        int inScope = world.inScope.size();
        out.printf(Locale.ROOT, "simulated Jira: %d issues (%d real, %d copies), %d sprints, built in %d s%n",
                world.data.size(), world.realIssues, world.copies, world.data.sprints().size(),
                (System.nanoTime() - t0) / 1_000_000_000);
        out.printf(Locale.ROOT, "plan %s: %d objectives, %d key results over %d issues in scope; plan %s: %d key results"
                        + " over the same issues; sprint review of %d (%s); now %s%n", JiraBenchWorld.PROJECT,
                world.objectives.size(), world.keyResults.size(), inScope, JiraBenchWorld.FEW,
                world.fewKeyResults.size(), world.sprint.id(), world.sprint.name(), world.now);

        Path dir = temporaryFolder();
        try (PlaygroundComponents app = new PlaygroundComponents(world.data, dir, new SettingsFile(
                dir.resolve("settings.properties")), Clock.fixed(world.now, ZoneOffset.UTC), () -> "http://localhost")) {
            return measure(app, world, seconds, warmup, rate, out);
        } finally {
            delete(dir);
        }
    }

    private int measure(PlaygroundComponents app, JiraBenchWorld world, int seconds, int warmup, int rate,
                        PrintStream out) {
        SimulatedJira jira = app.jira();
        JiraCalls calls = jira.calls();
        SimCaches caches = jira.caches();
        long cycleId = app.as(null, () -> seed(app, world));
        DemoUser viewer = DemoUser.byKey("viewer").orElseThrow();
        Caller caller = app.as(viewer, () -> app.access().caller().orElseThrow());
        Views views = new Views(app, viewer, caller, cycleId, world);

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        app.cache().clear();
        long baseline = usedAfterGc(memory);

        // the key result panel and the sprint review, each cold on its own (the cache emptied before each)
        for (String screen : List.of("key result panel", "sprint review")) {
            app.cache().clear();
            calls.reset();
            long took = time(() -> screen.equals("sprint review") ? views.review()
                    : views.panel(world.keyResults.get(0).key()));
            Map<String, Long> c = calls.all();
            out.printf(Locale.ROOT, "cold %s: %d ms, %d searches, %d history reads, %d link reads%n", screen,
                    took / 1_000_000, searches(c), sum(c, "ChangeHistoryManager."), sum(c, "IssueLinkManager."));
        }
        app.cache().clear();

        // cold: the plan with a tenth of the key results first (over the same issues), then the full plan
        calls.reset();
        long few = time(() -> views.overview(JiraBenchWorld.FEW));
        Map<String, Long> coldFew = calls.all();
        app.cache().clear();
        calls.reset();
        long cold = time(() -> views.overview(JiraBenchWorld.PROJECT));
        Map<String, Long> coldCalls = calls.all();
        long coldSearches = searches(coldCalls);
        long coldHistory = sum(coldCalls, "ChangeHistoryManager.");
        out.printf(Locale.ROOT, "cold overview of %s (%d key results): %d ms, %d searches, %d history reads, %d link"
                        + " reads; calls %s%n", JiraBenchWorld.PROJECT, world.keyResults.size(), cold / 1_000_000,
                coldSearches, coldHistory, sum(coldCalls, "IssueLinkManager."), coldCalls);
        out.printf(Locale.ROOT, "cold overview of %s (%d key results, same issues): %d ms, %d searches, %d history"
                        + " reads%n", JiraBenchWorld.FEW, world.fewKeyResults.size(), few / 1_000_000,
                searches(coldFew), sum(coldFew, "ChangeHistoryManager."));

        calls.reset();
        long warm = time(() -> views.overview(JiraBenchWorld.PROJECT));
        Map<String, Long> warmCalls = calls.all();
        long warmData = DATA_SERVICES.stream().mapToLong(s -> sum(warmCalls, s)).sum();
        out.printf(Locale.ROOT, "warm overview: %d ms, %d calls to Jira's issue and field data; every call %s%n",
                warm / 1_000_000, warmData, warmCalls);

        // the edit stream: warm-up (unmeasured), then measured
        JiraBenchStream stream = new JiraBenchStream(jira, world, views, rate);
        stream.run(warmup, null);
        SimCaches.Stats before = caches.stats();
        calls.reset();
        JiraBenchStream.Measured measured = new JiraBenchStream.Measured();
        stream.run(seconds, measured);
        SimCaches.Stats during = caches.stats().minus(before);
        Map<String, Long> streamCalls = calls.all();
        long retained = usedAfterGc(memory) - baseline;

        double p95 = percentile(measured.all(), 95);
        out.printf(Locale.ROOT, "edit stream: %d s at %d edits a second: %d edits (%d in scope, %d elsewhere), %d renders"
                        + " (%d overviews, %d key result panels, %d sprint reviews)%n", seconds, rate,
                measured.inScope + measured.elsewhere, measured.inScope, measured.elsewhere, measured.all().length,
                measured.overview.size(), measured.panel.size(), measured.review.size());
        out.printf(Locale.ROOT, "render ms p50/p95: overview %.1f/%.1f, key result panel %.1f/%.1f, sprint review"
                        + " %.1f/%.1f; all %.1f/%.1f%n",
                percentile(measured.of(measured.overview), 50), percentile(measured.of(measured.overview), 95),
                percentile(measured.of(measured.panel), 50), percentile(measured.of(measured.panel), 95),
                percentile(measured.of(measured.review), 50), percentile(measured.of(measured.review), 95),
                percentile(measured.all(), 50), p95);
        out.printf(Locale.ROOT, "render CPU ms p50/p95 (the rendering thread's own time): %.1f/%.1f; load average %.1f"
                        + " on %d cores%n", percentile(measured.of(measured.cpu), 50),
                percentile(measured.of(measured.cpu), 95), ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "cache during the stream: %d lookups answered from it (the checks that an entry is"
                        + " unchanged included), %d loaded (hit rate %.4f), %d removes sent, %d entries dropped (%d by"
                        + " edits elsewhere), %d clears; %d entries now%n",
                during.hits(), during.loads(), during.hitRate(), during.removes(), during.dropped(),
                measured.droppedElsewhere, during.clears(), caches.stats().entries());
        out.printf(Locale.ROOT, "renders that read nothing of Jira's issue data: %d of %d; Jira calls during the stream:"
                + " %s%n", measured.withoutJira, measured.all().length, streamCalls);
        out.printf(Locale.ROOT, "retained heap of the app's reads (cache entries, facts and tables made from them):"
                + " %.1f MB%n", retained / 1048576.0);
        out.printf(Locale.ROOT, "jira-bench issues=%d krs=%d in_scope=%d cold_searches=%d cold_history_calls=%d"
                        + " warm_jira_calls=%d unrelated_edit_invalidations=%d hit_rate=%.4f render_p95_ms=%.1f"
                        + " cache_mb=%.1f%n", world.data.size(), world.keyResults.size(), world.inScope.size(), coldSearches,
                coldHistory, warmData, measured.droppedElsewhere, during.hitRate(), p95, retained / 1048576.0);
        return 0;
    }

    /** Setup as Jira runs it on start, both OKR projects enabled, the cycle and the plans' settings stored. */
    private static long seed(PlaygroundComponents app, JiraBenchWorld world) {
        app.start();
        if (!app.setup().run().ran()) {
            throw new IllegalStateException("the app's setup did not run");
        }
        app.setup().enableProject(JiraBenchWorld.PROJECT);
        app.setup().enableProject(JiraBenchWorld.FEW);
        StoredCycle cycle = app.cycles().create(world.cycle, null);
        for (List<JiraBenchWorld.Okr> objectives : List.of(world.objectives, world.fewObjectives)) {
            for (JiraBenchWorld.Okr o : objectives) {
                app.objectiveSettings().save(new ObjectiveSettings(o.key(), cycle.id(), o.committed(), Weight.ONE,
                        o.owner()));
            }
        }
        for (List<JiraBenchWorld.Kr> krs : List.of(world.keyResults, world.fewKeyResults)) {
            for (JiraBenchWorld.Kr kr : krs) {
                app.keyResultSettings().save(new KeyResultSettings(kr.key(), kr.kind(),
                        KeyResultSettings.MetricGoal.INCREASE, Weight.ONE, KeyResultSettings.Source.NONE,
                        kr.partial() ? PARTIAL : StatusWeights.DONE_ONLY, false));
            }
        }
        return cycle.id();
    }

    /** The three screens, as the viewer sees them (view models, as Jira's servlets and panels get them). */
    static final class Views {
        private final PlaygroundComponents app;
        private final DemoUser user;
        private final Caller caller;
        private final long cycleId;
        private final JiraBenchWorld world;
        /** Whether each screen's figures are still to be checked (once each: the check reads the whole view). */
        private final boolean[] unchecked = {true, true, true};

        Views(PlaygroundComponents app, DemoUser user, Caller caller, long cycleId, JiraBenchWorld world) {
            this.app = app;
            this.user = user;
            this.caller = caller;
            this.cycleId = cycleId;
            this.world = world;
        }

        Screen overview(String project) {
            return app.as(user, () -> check(0, app.screens().overviewPage(caller, cycleId, project, null)));
        }

        Screen panel(String keyResult) {
            return app.as(user, () -> check(1, app.screens().keyResultPanel(caller, keyResult).orElseThrow(
                    () -> new IllegalStateException("no key result panel for " + keyResult))));
        }

        Screen review() {
            return app.as(user, () -> check(2, app.screens().sprintReviewPage(caller, JiraBenchWorld.PROJECT, null,
                    (long) world.sprint.id())));
        }

        /** A screen that shows an error instead of figures would measure nothing: fail loudly instead. */
        private Screen check(int which, Screen screen) {
            if (!unchecked[which]) {
                return screen;
            }
            unchecked[which] = false;
            Object view = screen.context().get("view");
            String text = String.valueOf(view);
            if (view == null || text.contains("error=okr.") || text.contains("message=okr.error")) {
                throw new IllegalStateException("the screen did not render its figures: " + text);
            }
            return screen;
        }
    }

    private static long time(Supplier<?> work) {
        long t = System.nanoTime();
        work.get();
        return System.nanoTime() - t;
    }

    private static long searches(Map<String, Long> calls) {
        return SEARCHES.stream().mapToLong(kind -> calls.getOrDefault(kind, 0L)).sum();
    }

    private static long sum(Map<String, Long> calls, String prefix) {
        return calls.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToLong(Map.Entry::getValue)
                .sum();
    }

    static double percentile(long[] nanos, int p) {
        if (nanos.length == 0) {
            return 0;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
    }

    private static long usedAfterGc(MemoryMXBean mem) {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, mem.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("northstar-jira-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
