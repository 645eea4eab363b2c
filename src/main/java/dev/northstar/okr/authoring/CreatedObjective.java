package dev.northstar.okr.authoring;

import java.util.List;

/**
 * An objective made by {@code POST /objectives}: the Objective issue, the Key Result issues that measure it (in the
 * request's order), and the cycle it was placed in.
 */
public record CreatedObjective(IssueView objective, List<IssueView> keyResults, long cycleId) {

    /** One issue made, as Jira keys it, with what the app stored about it. */
    public record IssueView(String key, String summary, String kind) {
    }
}
