package dev.northstar.okr.local.cli;

import dev.northstar.okr.domain.StatusCredit;
import dev.northstar.okr.progress.KeyResultProgress;
import dev.northstar.okr.progress.Measurement;
import dev.northstar.okr.progress.ObjectiveProgress;
import dev.northstar.okr.progress.SprintReview;
import java.util.List;
import java.util.Locale;

/** The report as Markdown, for pasting into the sprint review or a wiki page. */
final class MarkdownReport {
    private MarkdownReport() {
    }

    static String render(ReportCommand.Result r) {
        StringBuilder b = new StringBuilder();
        b.append("# OKR report: ").append(r.plan().cycle().name()).append("\n\n");
        // the cycle's end is exclusive: people read the last day it covers
        b.append("As of ").append(r.progress().asOf()).append(" (cycle ").append(day(r.plan().cycle().start()))
                .append(" to ").append(day(r.plan().cycle().end().minusNanos(1))).append(", both days included).")
                .append(" Progress is a percentage of target;")
                .append(" objectives roll up KRs capped at 100%.\n\n");
        Measurement m = r.measured();
        if (m.basis() == Measurement.Basis.CYCLE_END) {
            b.append("> The cycle ended on ").append(r.plan().cycle().end()).append(": figures, pace and the age of the")
                    .append(" last check-in are as of its end (`--as-of` measures any other instant).\n\n");
        } else if (m.state() == Measurement.State.UPCOMING && m.basis() == Measurement.Basis.NOW) {
            b.append("> The cycle starts on ").append(r.plan().cycle().start()).append(": figures show its starting")
                    .append(" point, with no pace until it starts.\n\n");
        }
        for (ObjectiveProgress o : r.progress().flatten()) {
            b.append("## ").append(o.key()).append(": ").append(esc(o.title())).append("\n\n");
            b.append("Progress **").append(pct(o.progress())).append("**, ").append(o.pace().status().id())
                    .append(" (expected ").append(pct(o.pace().expected())).append(")")
                    .append(o.committed() ? ", committed" : ", aspirational")
                    .append(o.owner().isEmpty() ? "" : ", owner " + esc(o.owner())).append(".\n\n");
            o.warnings().forEach(w -> b.append("> Warning: ").append(w).append("\n\n"));
            b.append("| KR | kind | progress | status | done / total | points | unestimated | notes |\n");
            b.append("|---|---|---|---|---|---|---|---|\n");
            for (KeyResultProgress k : o.keyResults()) {
                b.append("| ").append(k.focusMetric() ? "**focus** " : "").append(k.key()).append(" ")
                        .append(esc(k.title())).append(" | ")
                        .append(k.kind() == null ? "" : k.kind().id()).append(" | ");
                if (k.error() != null) {
                    b.append("error | | | | | ").append(esc(k.error())).append(" |\n");
                    continue;
                }
                KeyResultProgress.IssueTally issues = k.issues();
                b.append(pct(k.progress())).append(" | ").append(k.pace().status().id()).append(" | ")
                        .append(issues.done()).append(" / ").append(issues.total()).append(" | ")
                        .append(num(issues.pointsDone())).append(" / ").append(num(issues.pointsTotal())).append(" | ")
                        .append(issues.unestimated()).append(" | ");
                List<String> orphans = k.explanation().orphanInitiatives();
                if (!orphans.isEmpty()) {
                    b.append("orphan initiatives: ").append(String.join(", ", orphans)).append("; ");
                }
                if (k.weight() == 0) {
                    b.append("weight 0 (not rolled up); ");
                }
                StatusCredit credit = issues.statusCredit();
                if (!credit.doneOnly()) {
                    b.append("partial credit ").append(num(credit.toDo())).append(" / ")
                            .append(num(credit.inProgress())).append(" / ")
                            .append(num(credit.done())).append(" (to do / in progress / done); ");
                }
                b.append(" |\n");
            }
            b.append('\n');
        }
        SprintReview s = r.sprint();
        if (s != null) {
            b.append("## Sprint review: ").append(esc(s.sprint().name())).append(" (").append(s.sprint().id())
                    .append(")\n\n").append(s.start()).append(" to ").append(s.end()).append(".\n\n");
            b.append("OKR alignment: ").append(s.alignment().aligned()).append(" of ").append(s.alignment().completed())
                    .append(" completed issues (").append(pct(s.alignment().share())).append("), ")
                    .append(num(s.alignment().alignedPoints())).append(" of ").append(num(s.alignment().points()))
                    .append(" points (").append(pct(s.alignment().pointsShare())).append(").\n\n");
            b.append("| KR | at start | at end | delta | completed | not done |\n|---|---|---|---|---|---|\n");
            for (SprintReview.KrSprintDelta d : s.keyResults()) {
                b.append("| ").append(d.key()).append(" | ").append(pct(d.progressAtStart())).append(" | ")
                        .append(pct(d.progressAtEnd())).append(" | ").append(pct(d.delta())).append(" | ");
                d.completed().forEach(c -> b.append(c.key()).append(c.points() == null ? "" : " (" + num(c.points()) + ")")
                        .append(' '));
                b.append("| ");
                d.notDone().forEach(key -> b.append(key).append(d.started().contains(key) ? " (started)" : "")
                        .append(' '));
                b.append("|\n");
            }
            b.append('\n');
        }
        if (r.grades() != null) {
            b.append("## Grades at cycle close\n\n");
            r.grades().keyResults().forEach(g -> b.append("- ").append(g.key()).append(": ")
                    .append(String.format(Locale.ROOT, "%.2f", g.grade()))
                    .append(g.committed() ? " (committed)" : g.healthy() ? " (healthy 0.6-0.7)" : "").append('\n'));
            r.grades().sandbaggingOwners().forEach(o -> b.append("- Hint: every aspirational KR of ")
                    .append(o.isEmpty() ? "(no owner)" : o).append(" graded 1.0; targets may be too easy.\n"));
        }
        return b.toString();
    }

    /** The UTC calendar day of an instant, as the report's instants are UTC. */
    private static String day(java.time.Instant t) {
        return t.atOffset(java.time.ZoneOffset.UTC).toLocalDate().toString();
    }

    /** One decimal; a value that rounds to 0 is "0.0%", never "-0.0%". */
    private static String pct(double f) {
        String text = String.format(Locale.ROOT, "%.1f%%", f * 100);
        return text.equals("-0.0%") ? "0.0%" : text;
    }

    private static String num(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.1f", d);
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("|", "\\|");
    }
}
