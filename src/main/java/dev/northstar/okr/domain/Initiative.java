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

    public static Initiative of(String issueKey) {
        return new Initiative(issueKey, InitiativeScope.MUST_HAVE, 0, 0);
    }

    /** Not-in-scope initiatives are listed for context but never measured. */
    public boolean measured() {
        return scope != InitiativeScope.NOT_IN_SCOPE;
    }
}
