package dev.northstar.okr.local.cli;

import dev.northstar.okr.domain.Cycle;
import dev.northstar.okr.domain.IssueFact;
import dev.northstar.okr.domain.IssueKey;
import dev.northstar.okr.domain.IssueTable;
import dev.northstar.okr.domain.IssueTableBuilder;
import dev.northstar.okr.domain.KeyResult;
import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.domain.Objective;
import dev.northstar.okr.domain.OkrPlan;
import dev.northstar.okr.domain.Sprint;
import dev.northstar.okr.domain.StatusCredit;
import dev.northstar.okr.domain.Weight;
import dev.northstar.okr.local.export.FieldConfig;
import dev.northstar.okr.local.export.IssueExport;
import dev.northstar.okr.local.export.JiraIssueReader;
import dev.northstar.okr.local.export.SprintListReader;
import dev.northstar.okr.progress.EngineOptions;
import dev.northstar.okr.progress.KeyResultProgress;
import dev.northstar.okr.progress.NaiveEvaluator;
import dev.northstar.okr.progress.OkrEngine;
import dev.northstar.okr.progress.PlanProgress;
import dev.northstar.okr.progress.ResolvedPlan;
import dev.northstar.okr.progress.SprintReview;
import dev.northstar.okr.progress.SprintReviewer;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code bench}: replicates the real export to about a million issue facts (copy c offsets every issue number
 * and sprint id by c * 100000, so TIMOB-1 becomes TIMOB-100001 in copy 1), defines KRs over replicated real
 * epics, and measures the indexed evaluation (whole OKR tree plus a sprint review) against one bare pass over
 * all facts and against the naive per-KR rescan. Prints what it measured; the last line is machine-readable.
 */
final class BenchCommand {
    static final int OFFSET = 100_000;
    // evaluation has many small methods to compile; warm it until C2 has settled (Prof runs showed ~1000 rounds)
    private static final int WARMUP_EVALUATE = 1500;
    private static final int WARMUP_SINGLE = 300;
    private static final Set<String> VALUES = Set.of("--issues", "--sprints", "--copies", "--krs", "--runs", "--naive-runs");
    private static final Instant AS_OF = Instant.parse("2019-01-01T00:00:00Z");
    private static final StatusCredit PARTIAL = new StatusCredit(0, 0.5, 1);

    int run(String[] argv, PrintStream out, PrintStream err) {
        Args a = new Args(argv, 0, VALUES, Set.of());
        Path issues = Path.of(a.get("--issues") == null ? "../shared/data/jira/appcelerator-issues.jsonl.gz" : a.get("--issues"));
        Path sprintsFile = Path.of(a.get("--sprints") == null ? "../shared/data/jira/appcelerator-sprints.json" : a.get("--sprints"));
        int krCount = a.intValue("--krs", 300);
        int runs = a.intValue("--runs", 51);
        int naiveRuns = a.intValue("--naive-runs", 3);
        if (krCount < 1 || runs < 1 || naiveRuns < 1) {
            throw new UsageException("--krs, --runs and --naive-runs must be at least 1");
        }

        IssueExport base = new JiraIssueReader(FieldConfig.defaults()).read(issues);
        Map<Integer, Sprint> baseSprints = new HashMap<>(base.sprints());
        if (Files.isRegularFile(sprintsFile)) {
            baseSprints.putAll(new SprintListReader().read(sprintsFile));
        }
        IssueTable real = base.table();
        int copies = a.intValue("--copies", (int) Math.ceil(1_000_000.0 / real.presentCount()));
        if (copies < 1 || copies > 20_000) {
            throw new UsageException("--copies must be between 1 and 20000");
        }
        out.printf(Locale.ROOT, "real export: %d issues, %d sprints; replicating %d times%n", real.presentCount(), baseSprints.size(), copies);

        // retained heap of the facts: what the table holds after a full GC, nothing transient
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(mem);
        long t0 = System.nanoTime();
        IssueTable table = replicate(real, copies);
        long buildMs = (System.nanoTime() - t0) / 1_000_000;
        long after = usedAfterGc(mem);
        long retained = after - before;
        int n = table.presentCount();
        out.printf(Locale.ROOT, "built %d issue facts (%d rows with placeholders) in %d ms; retained heap %.1f MB = %.1f bytes per fact%n",
                n, table.size(), buildMs, retained / 1048576.0, (double) retained / n);

        OkrPlan plan = plan(real, copies, krCount);
        int krs = plan.objectives().stream().mapToInt(o -> o.keyResults().size()).sum();
        Sprint sprint = busiestSprint(table, plan, baseSprints, copies);
        OkrEngine engine = new OkrEngine(table, EngineOptions.defaults());
        SprintReviewer reviewer = new SprintReviewer(engine);
        out.printf(Locale.ROOT, "plan: %d objectives, %d key results over replicated real epics; sprint review of %d (%s)%n",
                plan.objectives().size(), krs, sprint.id(), sprint.name());

        long[] eval = new long[runs];
        long[] treeOnly = new long[runs];
        PlanProgress last = null;
        SprintReview review = null;
        for (int i = -WARMUP_EVALUATE; i < runs; i++) { // warm-up rounds let the JIT compile the hot paths first
            long s = System.nanoTime();
            ResolvedPlan resolved = engine.resolve(plan); // scopes from the epic index, shared by tree and review
            last = engine.evaluate(resolved, AS_OF, false);
            long m = System.nanoTime();
            review = reviewer.review(resolved, sprint, AS_OF);
            long d = System.nanoTime() - s;
            if (i >= 0) {
                eval[i] = d;
                treeOnly[i] = m - s;
            }
        }
        long[] single = new long[runs];
        long sink = 0;
        for (int i = -WARMUP_SINGLE; i < runs; i++) {
            long s = System.nanoTime();
            sink += singlePass(table, AS_OF.toEpochMilli());
            long d = System.nanoTime() - s;
            if (i >= 0) {
                single[i] = d;
            }
        }
        NaiveEvaluator naive = new NaiveEvaluator(table, false);
        long[] naiveT = new long[naiveRuns];
        int mismatches = 0;
        for (int i = 0; i < naiveRuns; i++) {
            long s = System.nanoTime();
            double[][] all = new double[krs][];
            int k = 0;
            for (Objective o : plan.objectives()) {
                for (KeyResult kr : o.keyResults()) {
                    all[k++] = naive.counts(kr, AS_OF.toEpochMilli());
                }
            }
            naiveT[i] = System.nanoTime() - s;
            if (i == 0) {
                mismatches = compare(plan, last, all);
            }
        }
        double evalMs = median(eval) / 1e6;
        double singleMs = median(single) / 1e6;
        double naiveMs = median(naiveT) / 1e6;
        out.printf(Locale.ROOT, "sprint review: %d KRs touched, alignment %d of %d completed issues%n", review.keyResults().size(),
                review.alignment().aligned(), review.alignment().completed());
        out.printf(Locale.ROOT, "naive rescan agrees with the indexed engine on %d of %d KRs (checksum %d)%n", krs - mismatches, krs, sink & 0xff);
        out.printf(Locale.ROOT, "medians: evaluate %.3f ms (%d runs; tree alone %.3f ms), single pass %.3f ms, naive %.1f ms (%d runs)%n",
                evalMs, runs, median(treeOnly) / 1e6, singleMs, naiveMs, naiveRuns);
        if (mismatches > 0) {
            err.println("error: the naive rescan disagrees with the indexed engine on " + mismatches + " KRs");
        }
        out.printf(Locale.ROOT, "bench issues=%d krs=%d evaluate_ms=%.3f single_pass_ms=%.3f ratio=%.3f naive_ratio=%.1f heap_mb=%.1f%n",
                n, krs, evalMs, singleMs, evalMs / singleMs, naiveMs / evalMs, retained / 1048576.0);
        return mismatches > 0 ? 1 : 0;
    }

    private static long usedAfterGc(MemoryMXBean mem) {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) { // a few rounds so finalizable / soft garbage is gone too
            System.gc();
            used = Math.min(used, mem.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /**
     * One bare loop over every fact reading what the engine reads (the in-progress instant too, which partial credit
     * needs): the floor for any evaluation.
     */
    static long singlePass(IssueTable t, long at) {
        long acc = 0;
        double pts = 0;
        int rows = t.size();
        for (int r = 0; r < rows; r++) {
            if (t.created(r) <= at && !t.subtask(r)) {
                acc += t.epicRow(r);
                if (t.doneAt(r) <= at) {
                    acc++;
                } else if (t.inProgressAt(r) <= at) {
                    acc += 2;
                }
                float p = t.points(r);
                if (p == p) {
                    pts += p;
                }
            }
        }
        return acc + (long) pts;
    }

    /** Copy c shifts issue numbers and sprint ids by c * 100000, keeping every relation inside the copy. */
    static IssueTable replicate(IssueTable real, int copies) {
        IssueTableBuilder b = IssueTable.builder();
        for (int c = 0; c < copies; c++) {
            int off = c * OFFSET;
            for (int r = 0; r < real.size(); r++) {
                if (!real.present(r)) {
                    continue; // placeholders are re-created from references
                }
                IssueFact f = real.fact(r);
                List<Integer> sprints = new ArrayList<>(f.sprintIds().size());
                for (int id : f.sprintIds()) {
                    sprints.add(id + off);
                }
                b.add(new IssueFact(shift(f.key(), off), f.type(), f.subtask(), true, f.statusCategory(), f.timeline(),
                        new IssueFact.Links(shift(f.epicKey(), off), shift(f.parentKey(), off)),
                        new IssueFact.Planning(f.storyPoints(), sprints), f.numericFields()));
            }
        }
        return b.build();
    }

    static String shift(String key, int off) {
        if (key == null || off == 0) {
            return key;
        }
        IssueKey k = IssueKey.parse(key);
        return k.project() + "-" + (k.number() + off);
    }

    /**
     * krCount KRs, three per objective (ten root objectives, the rest aligned under them), each over 3 epics; every
     * other one gives partial credit (to do 0, in progress 0.5, done 1), so both ways of counting are measured and
     * cross-checked.
     */
    static OkrPlan plan(IssueTable real, int copies, int krCount) {
        List<String> epics = new ArrayList<>();
        for (int r = 0; r < real.size(); r++) {
            if (real.childCount(r) > 0) {
                epics.add(real.key(r));
            }
        }
        KeyResultKind[] kinds = {KeyResultKind.ISSUE_COUNT, KeyResultKind.STORY_POINTS, KeyResultKind.MILESTONE};
        List<Objective> objectives = new ArrayList<>();
        List<KeyResult> krs = new ArrayList<>();
        for (int i = 0; i < krCount; i++) {
            List<String> initiatives = new ArrayList<>();
            for (int j = 0; j < 3; j++) {
                String epic = epics.get((i * 3 + j) % epics.size());
                initiatives.add(shift(epic, ((i * 7 + j) % copies) * OFFSET));
            }
            KeyResult kr = KeyResult.ofIssues("KR-" + i, kinds[i % kinds.length], initiatives);
            krs.add(i % 2 == 1 ? kr.withStatusCredit(PARTIAL) : kr);
            if (krs.size() == 3 || i == krCount - 1) {
                int o = objectives.size();
                objectives.add(new Objective("O-" + o, "objective " + o, "team " + (o % 10), o < 10 ? null : "O-" + (o % 10),
                        o % 2 == 0, Weight.ONE, krs, List.of()));
                krs = new ArrayList<>();
            }
        }
        return new OkrPlan(new Cycle("bench", Instant.parse("2018-10-01T00:00:00Z"), Instant.parse("2019-04-01T00:00:00Z")),
                objectives, List.of());
    }

    /** The started sprint (in the copies) with the most members inside the plan's scopes. */
    static Sprint busiestSprint(IssueTable table, OkrPlan plan, Map<Integer, Sprint> baseSprints, int copies) {
        OkrEngine e = new OkrEngine(table, EngineOptions.defaults());
        Map<Integer, Integer> hits = new HashMap<>();
        for (Objective o : plan.objectives()) {
            for (KeyResult kr : o.keyResults()) {
                for (int r : e.scopeOf(kr).rows()) {
                    for (int id : table.sprintIdsOf(r)) {
                        hits.merge(id, 1, Integer::sum);
                    }
                }
            }
        }
        int best = -1;
        int bestHits = -1;
        for (Map.Entry<Integer, Integer> h : hits.entrySet()) {
            Sprint s = baseSprints.get(h.getKey() % OFFSET);
            if (s != null && s.start() != null && h.getValue() > bestHits) {
                best = h.getKey();
                bestHits = h.getValue();
            }
        }
        if (best < 0) {
            throw new IllegalStateException("no started sprint touches the bench plan");
        }
        Sprint s = baseSprints.get(best % OFFSET);
        return new Sprint(best, s.name() + " (copy " + best / OFFSET + ")", s.state(), s.start(), s.end(), s.complete());
    }

    private static int compare(OkrPlan plan, PlanProgress p, double[][] naive) {
        int k = 0;
        int bad = 0;
        for (Objective o : plan.objectives()) {
            for (KeyResult kr : o.keyResults()) {
                KeyResultProgress.IssueTally e = p.keyResult(kr.key()).issues();
                double[] c = naive[k++];
                if (c[0] != e.done() || c[1] != e.total() || c[2] != e.unestimated()
                        || Math.abs(c[3] - e.pointsDone()) > 1e-6 || Math.abs(c[4] - e.pointsTotal()) > 1e-6
                        || Math.abs(c[5] - e.credit()) > 1e-6 || Math.abs(c[6] - e.pointsCredit()) > 1e-6) {
                    bad++;
                }
            }
        }
        return bad;
    }

    private static double median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
    }
}
