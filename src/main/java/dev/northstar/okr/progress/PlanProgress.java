package dev.northstar.okr.progress;

import dev.northstar.okr.domain.Cycle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The whole OKR tree of a cycle measured at one instant. */
public record PlanProgress(Cycle cycle, Instant asOf, List<ObjectiveProgress> roots) {
    public PlanProgress {
        roots = List.copyOf(roots);
    }

    /** All objectives, parents before children. */
    public List<ObjectiveProgress> flatten() {
        List<ObjectiveProgress> out = new ArrayList<>();
        for (ObjectiveProgress r : roots) {
            add(r, out);
        }
        return out;
    }

    private static void add(ObjectiveProgress o, List<ObjectiveProgress> out) {
        out.add(o);
        for (ObjectiveProgress c : o.children()) {
            add(c, out);
        }
    }

    public KeyResultProgress keyResult(String key) {
        for (ObjectiveProgress o : flatten()) {
            for (KeyResultProgress k : o.keyResults()) {
                if (k.key().equals(key)) {
                    return k;
                }
            }
        }
        throw new IllegalArgumentException("no key result " + key);
    }
}
