package dev.northstar.okr.progress;

import dev.northstar.okr.domain.Objective;
import dev.northstar.okr.domain.OkrPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Grades at cycle close: each KR and objective gets 0.0..1.0 (capped progress at the cycle end). For
 * aspirational OKRs 0.6..0.7 is the healthy range; an owner whose aspirational KRs all grade 1.0 gets a
 * sandbagging hint (targets are probably too easy). Committed OKRs are expected at 1.0 and graded apart.
 */
public final class Grading {
    public static final double HEALTHY_LOW = 0.6;
    public static final double HEALTHY_HIGH = 0.7;

    private Grading() {
    }

    /** One grade. */
    public record Grade(String key, String objectiveKey, String owner, boolean committed, double grade,
            boolean healthy) {
    }

    /** All grades of a cycle with the owners that look like sandbagging. */
    public record Report(List<Grade> objectives, List<Grade> keyResults, List<String> sandbaggingOwners) {
        public Report {
            objectives = List.copyOf(objectives);
            keyResults = List.copyOf(keyResults);
            sandbaggingOwners = List.copyOf(sandbaggingOwners);
        }
    }

    /** Grades from a plan evaluated at (or after) its cycle end. */
    public static Report grade(OkrPlan plan, PlanProgress atClose) {
        List<Grade> objectives = new ArrayList<>();
        List<Grade> krs = new ArrayList<>();
        for (ObjectiveProgress o : atClose.flatten()) {
            Objective def = plan.objectives().stream().filter(x -> x.key().equals(o.key())).findFirst().orElseThrow();
            objectives.add(score(o.key(), o.key(), o.owner(), def.committed(), o.progress()));
            for (KeyResultProgress k : o.keyResults()) {
                if (k.inRollup()) {
                    krs.add(score(k.key(), o.key(), o.owner(), def.committed(), k.capped()));
                }
            }
        }
        return new Report(objectives, krs, sandbaggingOwners(krs));
    }

    /**
     * The owners whose aspirational key results all grade 1.0 (at least one of them, committed ones aside): their
     * targets were probably too easy. One cycle is a hint, not a verdict: the domain's sign of sandbagging is 1.0
     * every cycle. In the order the owners first appear.
     */
    public static List<String> sandbaggingOwners(List<Grade> keyResults) {
        Map<String, Boolean> allOne = new LinkedHashMap<>();
        for (Grade g : keyResults) {
            if (!g.committed()) {
                allOne.merge(g.owner(), g.grade() >= 1.0, Boolean::logicalAnd);
            }
        }
        List<String> owners = new ArrayList<>();
        allOne.forEach((owner, one) -> {
            if (one) {
                owners.add(owner);
            }
        });
        return owners;
    }

    /** The grade of one objective or key result from its progress at the cycle's end, capped to 0.0..1.0. */
    public static Grade score(String key, String objectiveKey, String owner, boolean committed, double progress) {
        return grade(key, objectiveKey, owner, committed, progress);
    }

    private static Grade grade(String key, String objectiveKey, String owner, boolean committed, double value) {
        double g = Math.max(0.0, Math.min(1.0, value));
        // healthy band only applies to aspirational OKRs; a committed one is healthy only when met
        boolean healthy = committed ? g >= 1.0 : g >= HEALTHY_LOW - 1e-9 && g <= HEALTHY_HIGH + 1e-9;
        return new Grade(key, objectiveKey, owner, committed, g, healthy);
    }
}
