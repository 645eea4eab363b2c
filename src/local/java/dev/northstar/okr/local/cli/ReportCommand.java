package dev.northstar.okr.local.cli;

import dev.northstar.okr.domain.KeyResult;
import dev.northstar.okr.domain.Objective;
import dev.northstar.okr.domain.OkrPlan;
import dev.northstar.okr.domain.Sprint;
import dev.northstar.okr.local.export.ExportException;
import dev.northstar.okr.local.export.FieldConfig;
import dev.northstar.okr.local.export.IssueExport;
import dev.northstar.okr.local.export.JiraDates;
import dev.northstar.okr.local.export.JiraIssueReader;
import dev.northstar.okr.local.export.OkrDefinitionReader;
import dev.northstar.okr.local.export.SprintListReader;
import dev.northstar.okr.local.export.StatusList;
import dev.northstar.okr.progress.EngineOptions;
import dev.northstar.okr.progress.Grading;
import dev.northstar.okr.progress.Measurement;
import dev.northstar.okr.progress.OkrEngine;
import dev.northstar.okr.progress.PlanProgress;
import dev.northstar.okr.progress.ResolvedPlan;
import dev.northstar.okr.progress.SprintReview;
import dev.northstar.okr.progress.SprintReviewer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code report}: dry-runs an OKR definition against a Jira export, optionally with a sprint review. */
final class ReportCommand {
    private static final Set<String> VALUES = Set.of("--issues", "--okrs", "--sprints", "--as-of", "--sprint",
            "--format", "--now", "--story-points-field", "--sprint-field", "--epic-link-field", "--stale-days",
            "--on-track", "--at-risk", "--just-started", "--statuses");
    private static final Set<String> FLAGS = Set.of("--include-subtasks", "--no-provenance");

    /** Everything a report shows, computed once and rendered as JSON or Markdown. */
    record Result(OkrPlan plan, PlanProgress progress, SprintReview sprint, Grading.Report grades, IssueExport export,
            boolean provenance, Measurement measured) {
    }

    int run(String[] argv, PrintStream out) {
        Args a = new Args(argv, 0, VALUES, FLAGS);
        String format = a.get("--format") == null ? "json" : a.get("--format");
        if (!format.equals("json") && !format.equals("markdown")) {
            throw new UsageException("--format must be json or markdown, got \"" + format + "\"");
        }
        Result r = compute(a);
        out.print(format.equals("json") ? JsonReport.render(r) : MarkdownReport.render(r));
        out.flush();
        return 0;
    }

    static Result compute(Args a) {
        Path issues = Path.of(a.require("--issues"));
        Path okrs = Path.of(a.require("--okrs"));
        Instant now = a.get("--now") == null ? Instant.now() : instant(a.get("--now"), "--now");
        Instant requested = a.get("--as-of") == null ? null : instant(a.get("--as-of"), "--as-of");
        EngineOptions options = EngineOptions.defaults().withIncludeSubtasks(a.flag("--include-subtasks"));
        if (a.get("--stale-days") != null) {
            options = options.withStaleAfter(java.time.Duration.ofDays(a.intValue("--stale-days", 14)));
        }
        if (a.get("--on-track") != null || a.get("--at-risk") != null || a.get("--just-started") != null) {
            try {
                options = options.withPace(dbl(a, "--on-track", options.onTrack()), dbl(a, "--at-risk", options.atRisk()),
                        dbl(a, "--just-started", options.justStarted()));
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }

        OkrPlan plan = new OkrDefinitionReader().read(okrs);
        // a running cycle is measured now; an ended one at its end (an OKR file has no close); --as-of any instant
        Measurement measured = Measurement.of(plan.cycle(), null, now, requested);
        Instant asOf = measured.at();
        List<String> numericFields = new ArrayList<>();
        for (Objective o : plan.objectives()) {
            for (KeyResult kr : o.keyResults()) {
                if (kr.metricSource() != null && kr.metricSource().readsIssueField()) {
                    numericFields.add(kr.metricSource().field());
                }
            }
        }
        FieldConfig fields = new FieldConfig(a.get("--story-points-field"), a.get("--sprint-field"),
                a.get("--epic-link-field"), numericFields);
        StatusList statuses = a.get("--statuses") == null ? StatusList.NONE : StatusList.read(Path.of(a.get("--statuses")));
        IssueExport export = new JiraIssueReader(fields, statuses).read(issues);
        Map<Integer, Sprint> sprints = new HashMap<>(export.sprints());
        if (a.get("--sprints") != null) {
            sprints.putAll(new SprintListReader().read(Path.of(a.get("--sprints"))));
        }
        OkrEngine engine = new OkrEngine(export.table(), options);
        boolean provenance = !a.flag("--no-provenance");
        ResolvedPlan resolved = engine.resolve(plan);
        PlanProgress progress = engine.evaluate(resolved, asOf, provenance);
        SprintReview review = null;
        if (a.get("--sprint") != null) {
            int id = a.intValue("--sprint", 0);
            Sprint sprint = sprints.get(id);
            if (sprint == null) {
                throw new ExportException("unknown sprint " + id + " (not in the sprints file nor in any issue)");
            }
            if (sprint.start() == null) {
                throw new ExportException("sprint " + id + " (" + sprint.name() + ") has not started: no review");
            }
            review = new SprintReviewer(engine).review(resolved, sprint, now);
        }
        Grading.Report grades = asOf.isBefore(plan.cycle().end()) ? null : Grading.grade(plan, progress);
        return new Result(plan, progress, review, grades, export, provenance, measured);
    }

    private static double dbl(Args a, String name, double dflt) {
        String v = a.get(name);
        if (v == null) {
            return dflt;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a number, got \"" + v + "\"");
        }
    }

    private static Instant instant(String v, String option) {
        try {
            return JiraDates.parse(v, option);
        } catch (ExportException e) {
            throw new UsageException(option + " must be an ISO instant such as 2016-03-01T00:00:00Z, got \"" + v + "\"");
        }
    }
}
