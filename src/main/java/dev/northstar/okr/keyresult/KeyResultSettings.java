package dev.northstar.okr.keyresult;

import dev.northstar.okr.domain.Checks;
import dev.northstar.okr.domain.Direction;
import dev.northstar.okr.domain.DomainException;
import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.domain.Weight;

/**
 * How one Key Result issue is measured: what the app stores about it. The issue itself, its summary, its links to
 * objective and initiatives, and its start / target / current values live in Jira.
 *
 * @param issueKey       the Key Result issue
 * @param direction      for metrics: increase, decrease or maintain within [low, high]
 * @param jql            optional scope or aggregate query; empty when the scope is the linked initiatives
 * @param aggregateField for JQL_SUM / JQL_AVERAGE: the numeric field summed or averaged; empty otherwise
 * @param focusMetric    the owner's one focus metric for the cycle (the service keeps it to one)
 */
public record KeyResultSettings(String issueKey, KeyResultKind kind, Direction direction, Double low, Double high,
                                Weight weight, String jql, MetricFrom metricFrom, String aggregateField,
                                StatusWeights statusWeights, boolean focusMetric) {
    /** Longest JQL stored; Jira's own saved filters allow far more, but a KR's query is short. */
    public static final int MAX_JQL = 2000;

    public KeyResultSettings {
        Checks.notBlank(issueKey, "issueKey");
        Checks.notNull(kind, "kind");
        direction = direction == null ? Direction.INCREASE : direction;
        weight = weight == null ? Weight.ONE : weight;
        jql = jql == null ? "" : jql.strip();
        metricFrom = metricFrom == null ? MetricFrom.FIELD : metricFrom;
        aggregateField = aggregateField == null ? "" : aggregateField.strip();
        statusWeights = statusWeights == null ? StatusWeights.DONE_ONLY : statusWeights;
        if (jql.length() > MAX_JQL) {
            throw new DomainException("okr.error.textTooLong", "jql", "jql is longer than " + MAX_JQL, MAX_JQL);
        }
        if (direction == Direction.MAINTAIN && kind == KeyResultKind.METRIC) {
            Checks.notNull(low, "low");
            Checks.notNull(high, "high");
            Checks.finite(low, "low");
            Checks.finite(high, "high");
            if (low > high) {
                throw new DomainException("okr.error.bandInverted", "low", "low " + low + " is above high " + high);
            }
        }
        if ((metricFrom == MetricFrom.JQL_SUM || metricFrom == MetricFrom.JQL_AVERAGE) && aggregateField.isEmpty()) {
            throw new DomainException("okr.error.required", "aggregateField", "aggregateField is required");
        }
        if (metricFrom.name().startsWith("JQL") && jql.isEmpty()) {
            throw new DomainException("okr.error.required", "jql", "jql is required for " + metricFrom);
        }
    }

    /** A new KR until someone configures it: counts the done issues of its initiatives. */
    public static KeyResultSettings defaults(String issueKey) {
        return new KeyResultSettings(issueKey, KeyResultKind.ISSUE_COUNT, Direction.INCREASE, null, null, Weight.ONE,
                "", MetricFrom.FIELD, "", StatusWeights.DONE_ONLY, false);
    }
}
