package dev.northstar.okr.domain;

/**
 * A plan that should move a key result: a Jira issue key (usually an epic), its scope and optional
 * impact / effort scores (1..5; 0 means not scored).
 */
public record Initiative(String issueKey, InitiativeScope scope, int impact, int effort) {
    public Initiative {
        Checks.notBlank(issueKey, "initiative.issueKey");
        Checks.notNull(scope, "initiative.scope");
        if (impact != 0) {
            Checks.inRange(impact, 1, 5, "initiative.impact");
        }
        if (effort != 0) {
            Checks.inRange(effort, 1, 5, "initiative.effort");
        }
    }

    /**
     * Ranking for planning: must-have before nice-to-have before not-in-scope, then higher impact per effort
     * first; initiatives without both scores last within their scope, in issue key order. Scored ties go to the
     * higher impact, then to issue key order (TEAM-9 before TEAM-10), so that the order never depends on the order
     * the issues were read in.
     */
    public static final java.util.Comparator<Initiative> BY_PRIORITY = java.util.Comparator
            .comparing(Initiative::scope)
            .thenComparing(Initiative::valueForEffort, java.util.Comparator.reverseOrder())
            .thenComparing((Initiative i) -> i.valueForEffort() > 0 ? i.impact() : 0,
                    java.util.Comparator.reverseOrder())
            .thenComparing(Initiative::issueKey, IssueKey.KEY_ORDER);

    /** impact / effort, or 0 when not scored. */
    public double valueForEffort() {
        return impact == 0 || effort == 0 ? 0.0 : (double) impact / effort;
    }

    public static Initiative of(String issueKey) {
        return new Initiative(issueKey, InitiativeScope.MUST_HAVE, 0, 0);
    }

    /** Not-in-scope initiatives are listed for context but never measured. */
    public boolean measured() {
        return scope != InitiativeScope.NOT_IN_SCOPE;
    }
}
