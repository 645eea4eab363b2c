package dev.northstar.okr.domain;

import java.util.List;

/**
 * A measurable outcome. Issue-count and story-point KRs are measured over the scope of their initiatives;
 * a metric KR needs a {@link MetricSpec} and a {@link MetricSource}; a milestone needs an issue or
 * initiatives. Issue-count and story-point KRs credit each issue by its status category at the as-of instant
 * ({@link StatusCredit}, done-only unless configured).
 */
public record KeyResult(String key, String title, KeyResultKind kind, Weight weight, List<Initiative> initiatives,
        MetricSpec metric, MetricSource metricSource, String milestoneIssue, boolean focusMetric,
        StatusCredit statusCredit) {
    public KeyResult {
        statusCredit = statusCredit == null ? StatusCredit.DONE_ONLY : statusCredit;
        Checks.notBlank(key, "keyResult.key");
        title = title == null ? key : title;
        Checks.notNull(kind, "kind");
        weight = weight == null ? Weight.ONE : weight;
        initiatives = initiatives == null ? List.of() : Checks.copy(initiatives, "initiatives");
        if (kind == KeyResultKind.METRIC) {
            Checks.notNull(metric, "direction");
            Checks.notNull(metricSource, "current");
        }
        if (kind == KeyResultKind.MILESTONE && milestoneIssue == null && initiatives.isEmpty()) {
            throw new DomainException("okr.error.milestoneWithoutIssue", "issue",
                    "milestone " + key + " needs an issue or initiatives");
        }
    }

    /** A key result with done-only credit. */
    public KeyResult(String key, String title, KeyResultKind kind, Weight weight, List<Initiative> initiatives,
            MetricSpec metric, MetricSource metricSource, String milestoneIssue, boolean focusMetric) {
        this(key, title, kind, weight, initiatives, metric, metricSource, milestoneIssue, focusMetric,
                StatusCredit.DONE_ONLY);
    }

    /** The same key result with other status-category credit. */
    public KeyResult withStatusCredit(StatusCredit credit) {
        return new KeyResult(key, title, kind, weight, initiatives, metric, metricSource, milestoneIssue, focusMetric,
                credit);
    }

    public static KeyResult ofIssues(String key, KeyResultKind kind, List<String> initiativeKeys) {
        return new KeyResult(key, key, kind, Weight.ONE, initiativeKeys.stream().map(Initiative::of).toList(),
                null, null, null, false);
    }
}
