package dev.northstar.okr.progress;

import dev.northstar.okr.domain.OkrPlan;
import java.util.Map;

/**
 * A plan with every KR's scope resolved against one issue table, so that the tree evaluation, its as-of
 * variants and the sprint review share one resolution. Valid for the table it was resolved against.
 */
public final class ResolvedPlan {
    private final OkrPlan plan;
    private final Map<String, Scope> scopes;

    ResolvedPlan(OkrPlan plan, Map<String, Scope> scopes) {
        this.plan = plan;
        this.scopes = Map.copyOf(scopes);
    }

    public OkrPlan plan() {
        return plan;
    }

    public Scope scope(String krKey) {
        Scope s = scopes.get(krKey);
        if (s == null) {
            throw new IllegalArgumentException("no key result " + krKey + " in the plan");
        }
        return s;
    }
}
