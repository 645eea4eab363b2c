package dev.northstar.okr.local.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.northstar.okr.progress.CheckInSummary;
import dev.northstar.okr.progress.Grading;
import dev.northstar.okr.progress.IssueEvidence;
import dev.northstar.okr.progress.KeyResultProgress;
import dev.northstar.okr.progress.MetricReading;
import dev.northstar.okr.progress.ObjectiveProgress;
import dev.northstar.okr.progress.Pace;
import dev.northstar.okr.progress.RollupTerm;
import dev.northstar.okr.progress.SprintReview;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The report as JSON (field names are documented in docs/cli.md). */
final class JsonReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    static String render(ReportCommand.Result r) {
        try {
            return MAPPER.writeValueAsString(tree(r)) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static ObjectNode tree(ReportCommand.Result r) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode cycle = root.putObject("cycle");
        cycle.put("name", r.plan().cycle().name());
        cycle.put("start", r.plan().cycle().start().toString());
        cycle.put("end", r.plan().cycle().end().toString());
        cycle.put("state", r.measured().state().id());
        root.put("asOf", r.progress().asOf().toString());
        root.put("figuresAt", r.measured().basis().id());
        ObjectNode issues = root.putObject("issues");
        issues.put("count", r.export().table().presentCount());
        issues.put("missingReferenced", r.export().table().size() - r.export().table().presentCount());
        ArrayNode exportNotes = issues.putArray("notes");
        r.export().notes().forEach(exportNotes::add);
        Map<String, SprintReview.KrSprintDelta> deltas = new HashMap<>();
        if (r.sprint() != null) {
            for (SprintReview.KrSprintDelta d : r.sprint().keyResults()) {
                deltas.put(d.key(), d);
            }
        }
        ArrayNode objectives = root.putArray("objectives");
        Map<String, String> parents = new HashMap<>();
        for (ObjectiveProgress o : r.progress().flatten()) {
            for (ObjectiveProgress c : o.children()) {
                parents.put(c.key(), o.key());
            }
        }
        for (ObjectiveProgress o : r.progress().flatten()) {
            ObjectNode on = objectives.addObject();
            on.put("key", o.key());
            on.put("title", o.title());
            on.put("owner", o.owner());
            on.put("parent", parents.get(o.key()));
            on.put("committed", o.committed());
            on.put("weight", o.weight());
            on.put("progress", o.progress());
            pace(on, o.pace());
            on.put("weightSum", o.rollup().weightSum());
            ArrayNode warnings = on.putArray("warnings");
            o.warnings().forEach(warnings::add);
            ArrayNode terms = on.putArray("rollup");
            for (RollupTerm t : o.rollup().terms()) {
                ObjectNode tn = terms.addObject();
                tn.put("source", t.source());
                tn.put("key", t.key());
                tn.put("weight", t.weight());
                tn.put("cappedProgress", t.cappedProgress());
                tn.put("included", t.included());
                if (t.reason() != null) {
                    tn.put("reason", t.reason());
                }
            }
            ArrayNode krs = on.putArray("keyResults");
            for (KeyResultProgress k : o.keyResults()) {
                keyResult(krs.addObject(), k, deltas.get(k.key()), r.provenance());
            }
        }
        if (r.sprint() != null) {
            sprint(root.putObject("sprint"), r.sprint());
        }
        if (r.grades() != null) {
            grades(root.putObject("grades"), r.grades());
        }
        return root;
    }

    private static void keyResult(ObjectNode n, KeyResultProgress k, SprintReview.KrSprintDelta d, boolean provenance) {
        n.put("key", k.key());
        n.put("title", k.title());
        n.put("kind", k.kind() == null ? null : k.kind().id());
        n.put("focus", k.focusMetric());
        n.put("weight", k.weight());
        if (k.error() != null) {
            n.put("error", k.error());
        }
        n.put("progress", k.progress());
        n.put("progressCapped", k.capped());
        n.put("formula", k.explanation().formula());
        n.put("inRollup", k.inRollup());
        if (k.pace() != null) {
            pace(n, k.pace());
        }
        KeyResultProgress.IssueTally issues = k.issues();
        n.put("done", issues.done());
        n.put("total", issues.total());
        n.put("pointsDone", issues.pointsDone());
        n.put("pointsTotal", issues.pointsTotal());
        n.put("unestimated", issues.unestimated());
        n.put("credit", issues.credit());
        n.put("pointsCredit", issues.pointsCredit());
        if (!issues.statusCredit().doneOnly()) {
            ObjectNode w = n.putObject("statusWeights");
            w.put("toDo", issues.statusCredit().toDo());
            w.put("inProgress", issues.statusCredit().inProgress());
            w.put("done", issues.statusCredit().done());
        }
        ArrayNode orphans = n.putArray("orphanInitiatives");
        k.explanation().orphanInitiatives().forEach(orphans::add);
        if (k.metric() != null) {
            MetricReading m = k.metric();
            ObjectNode mn = n.putObject("metric");
            mn.put("direction", m.direction().name().toLowerCase());
            if (m.value() == null) {
                mn.putNull("value");
            } else {
                mn.put("value", m.value());
            }
            mn.put("setAt", m.setAt() == null ? null : m.setAt().toString());
            mn.put("source", m.source());
            if (m.checkIn() != null) {
                ObjectNode cn = mn.putObject("checkIn");
                cn.put("time", m.checkIn().time().toString());
                cn.put("author", m.checkIn().author());
                cn.put("confidence", m.checkIn().confidence());
                cn.put("note", m.checkIn().note());
            }
            switch (m.direction()) {
                case MAINTAIN -> {
                    mn.put("low", m.low());
                    mn.put("high", m.high());
                    mn.put("outsideBy", m.outsideBy());
                }
                default -> {
                    mn.put("start", m.start());
                    mn.put("target", m.target());
                }
            }
        }
        if (k.checkIns() != null) {
            CheckInSummary c = k.checkIns();
            ObjectNode cn = n.putObject("checkIns");
            cn.put("latestConfidence", c.latestConfidence());
            cn.put("trend", c.trend());
            cn.put("last", c.lastCheckIn() == null ? null : c.lastCheckIn().toString());
            cn.put("stale", c.stale());
            cn.put("daysSinceCheckIn", c.daysSinceCheckIn());
        }
        ArrayNode notes = n.putArray("notes");
        k.explanation().notes().forEach(notes::add);
        if (provenance) {
            ArrayNode p = n.putArray("provenance");
            for (IssueEvidence e : k.explanation().evidence()) {
                ObjectNode en = p.addObject();
                en.put("key", e.key());
                en.put("type", e.type());
                en.put("via", e.via());
                en.put("created", str(e.dates().created()));
                en.put("inScope", e.asOf().inScope());
                en.put("done", e.asOf().done());
                en.put("doneAt", str(e.dates().doneAt()));
                en.put("doneSource", e.dates().doneSource().name().toLowerCase().replace('_', '-'));
                if (e.points() == null) {
                    en.putNull("points");
                } else {
                    en.put("points", e.points());
                }
                en.put("credit", e.asOf().credit());
                en.put("inProgressAt", str(e.dates().inProgressAt()));
                en.put("inProgressSource", e.dates().inProgressSource().name().toLowerCase());
            }
        }
        if (d != null) {
            ObjectNode s = n.putObject("sprint");
            s.put("progressAtStart", d.progressAtStart());
            s.put("progressAtEnd", d.progressAtEnd());
            s.put("delta", d.delta());
            ArrayNode completed = s.putArray("completed");
            ArrayNode completedIssues = s.putArray("completedIssues");
            for (SprintReview.CompletedIssue c : d.completed()) {
                completed.add(c.key());
                ObjectNode cn = completedIssues.addObject();
                cn.put("key", c.key());
                if (c.points() == null) {
                    cn.putNull("points");
                } else {
                    cn.put("points", c.points());
                }
                cn.put("doneAt", c.doneAt().toString());
            }
            s.put("pointsCompleted", d.pointsCompleted());
            ArrayNode notDone = s.putArray("notDone");
            d.notDone().forEach(notDone::add);
            ArrayNode started = s.putArray("started");
            d.started().forEach(started::add);
            if (d.paceAtEnd() != null) {
                s.put("statusAtEnd", d.paceAtEnd().status().id());
            }
            if (d.checkIns() != null) {
                s.put("latestConfidence", d.checkIns().latestConfidence());
                s.put("confidenceTrend", d.checkIns().trend());
            }
        }
    }

    private static void sprint(ObjectNode n, SprintReview r) {
        n.put("id", r.sprint().id());
        n.put("name", r.sprint().name());
        n.put("state", r.sprint().state());
        n.put("start", r.start().toString());
        n.put("end", r.end().toString());
        ArrayNode krs = n.putArray("keyResults");
        r.keyResults().forEach(d -> krs.add(d.key()));
        ObjectNode a = n.putObject("alignment");
        a.put("completed", r.alignment().completed());
        a.put("aligned", r.alignment().aligned());
        a.put("share", r.alignment().share());
        a.put("points", r.alignment().points());
        a.put("alignedPoints", r.alignment().alignedPoints());
        a.put("pointsShare", r.alignment().pointsShare());
        a.put("unestimated", r.alignment().unestimated());
    }

    private static void grades(ObjectNode n, Grading.Report g) {
        n.put("healthyAspirationalRange", Grading.HEALTHY_LOW + "-" + Grading.HEALTHY_HIGH);
        ArrayNode o = n.putArray("objectives");
        g.objectives().forEach(x -> grade(o.addObject(), x));
        ArrayNode k = n.putArray("keyResults");
        g.keyResults().forEach(x -> grade(k.addObject(), x));
        ArrayNode s = n.putArray("sandbaggingOwners");
        g.sandbaggingOwners().forEach(s::add);
    }

    private static void grade(ObjectNode n, Grading.Grade g) {
        n.put("key", g.key());
        n.put("objective", g.objectiveKey());
        n.put("committed", g.committed());
        n.put("grade", g.grade());
        n.put("healthy", g.healthy());
    }

    private static void pace(ObjectNode n, Pace p) {
        n.put("status", p.status().id());
        n.put("expected", p.expected());
        if (Double.isNaN(p.ratio()) || Double.isInfinite(p.ratio())) {
            n.putNull("paceRatio");
        } else {
            n.put("paceRatio", p.ratio());
        }
    }

    private static String str(Instant i) {
        return i == null ? null : i.toString();
    }
}
