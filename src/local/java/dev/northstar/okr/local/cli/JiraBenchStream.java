package dev.northstar.okr.local.cli;

import dev.northstar.okr.domain.StatusCategory;
import dev.northstar.okr.local.simjira.JiraData;
import dev.northstar.okr.local.simjira.SimulatedJira;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Edits at a steady rate, half on issues in some key result's scope (a transition or new story points) and half on
 * issues no view shows, each published when due while the screens are rendered in turn.
 */
final class JiraBenchStream {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final SimulatedJira jira;
    private final JiraBenchWorld world;
    private final JiraBenchCommand.Views views;
    private final int rate;
    private final Random random = new Random(2026);
    private int turn;
    private long edits;

    JiraBenchStream(SimulatedJira jira, JiraBenchWorld world, JiraBenchCommand.Views views, int rate) {
        this.jira = jira;
        this.world = world;
        this.views = views;
        this.rate = rate;
    }

    void run(int seconds, Measured measured) {
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        long published = 0;
        while (System.nanoTime() < end) {
            long due = (System.nanoTime() - start) * rate / 1_000_000_000L;
            while (published < due) {
                edit(measured);
                published++;
            }
            int screen = turn++ % 3;
            long reads = dataCalls();
            long cpu = THREADS.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            switch (screen) {
                case 0 -> views.overview(JiraBenchWorld.PROJECT);
                case 1 -> views.panel(world.keyResults.get(random.nextInt(world.keyResults.size())).key());
                default -> views.review();
            }
            long took = System.nanoTime() - t;
            if (measured != null) {
                measured.cpu.add(THREADS.getCurrentThreadCpuTime() - cpu);
                if (dataCalls() == reads) {
                    measured.withoutJira++;
                }
                (screen == 0 ? measured.overview : screen == 1 ? measured.panel : measured.review).add(took);
            }
        }
    }

    private long dataCalls() {
        return JiraBenchCommand.DATA_SERVICES.stream().mapToLong(jira.calls()::total).sum();
    }

    private void edit(Measured measured) {
        boolean inScope = edits++ % 2 == 0;
        List<String> pool = inScope ? world.inScope : world.elsewhere;
        String key = pool.get(random.nextInt(pool.size()));
        JiraData.Issue issue = world.data.issue(key).orElseThrow();
        long dropped = jira.caches().stats().dropped();
        var edit = jira.edit(key).at(world.now.minusSeconds(3600 - (edits % 3000)));
        if (edits % 4 < 2) {
            StatusCategory now = issue.fact().statusCategory();
            edit.status(now == StatusCategory.TO_DO ? StatusCategory.IN_PROGRESS
                    : now == StatusCategory.IN_PROGRESS ? StatusCategory.DONE : StatusCategory.IN_PROGRESS);
        } else {
            Double points = issue.fact().storyPoints();
            edit.storyPoints(points == null ? 1.0 : points + 1);
        }
        edit.save();
        if (measured != null) {
            if (inScope) {
                measured.inScope++;
            } else {
                measured.elsewhere++;
                measured.droppedElsewhere += jira.caches().stats().dropped() - dropped;
            }
        }
    }

    /** Renders measured in the edit stream, by screen, and what the edits dropped. */
    static final class Measured {
        /** CPU time of the rendering thread per render (wall time waits for the CPU on a busy machine). */
        final List<Long> cpu = new ArrayList<>();
        final List<Long> overview = new ArrayList<>();
        final List<Long> panel = new ArrayList<>();
        final List<Long> review = new ArrayList<>();
        int inScope;
        int elsewhere;
        long droppedElsewhere;
        /** Renders that read nothing of Jira's issue and field data (every entry they needed was cached). */
        int withoutJira;

        long[] all() {
            List<Long> all = new ArrayList<>(overview);
            all.addAll(panel);
            all.addAll(review);
            return of(all);
        }

        long[] of(List<Long> times) {
            return times.stream().mapToLong(Long::longValue).toArray();
        }
    }
}
