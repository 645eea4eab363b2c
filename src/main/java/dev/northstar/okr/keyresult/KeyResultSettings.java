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
 * <p>Its parts: the kind, the {@link MetricGoal} a metric aims at, the weight, the {@link Source} of its issues or
 * value, the credit per status category, and whether it is the focus metric. The rules that tie the parts together
 * (a band for a maintained metric, a query for a JQL source) are checked here, in the order the REST API reports
 * them.
 *
 * @param issueKey    the Key Result issue
 * @param goal        for metrics: increase, decrease or maintain within [low, high]
 * @param source      the optional JQL query, where a metric's value comes from and the field a JQL sum or average reads
 * @param statusWeights the key result's own credit per status category; null when it has none of its own, and the
 *                    admin's default status-category credit applies ({@link #weightsOr})
 * @param focusMetric the owner's one focus metric for the cycle (the service keeps it to one)
 */
public record KeyResultSettings(String issueKey, KeyResultKind kind, MetricGoal goal, Weight weight, Source source,
                                StatusWeights statusWeights, boolean focusMetric) {
    /** Longest JQL stored; Jira's own saved filters allow far more, but a KR's query is short. */
    public static final int MAX_JQL = 2000;
    /** Longest aggregate field (an id or a field's name): its column holds 255 characters, as Jira's field names. */
    public static final int MAX_AGGREGATE_FIELD = 255;

    public KeyResultSettings {
        Checks.notBlank(issueKey, "issueKey");
        Checks.notNull(kind, "kind");
        goal = goal == null ? MetricGoal.INCREASE : goal;
        weight = weight == null ? Weight.ONE : weight;
        source = source == null ? Source.NONE : source;
        String jql = source.jql();
        MetricFrom metricFrom = source.metricFrom();
        if (jql.length() > MAX_JQL) {
            throw new DomainException("okr.error.textTooLong", "jql", "jql is longer than " + MAX_JQL, MAX_JQL);
        }
        if (source.aggregateField().length() > MAX_AGGREGATE_FIELD) {
            throw new DomainException("okr.error.textTooLong", "aggregateField",
                    "aggregateField is longer than " + MAX_AGGREGATE_FIELD, MAX_AGGREGATE_FIELD);
        }
        if (goal.direction() == Direction.MAINTAIN && kind == KeyResultKind.METRIC) {
            Double low = goal.low();
            Double high = goal.high();
            Checks.notNull(low, "low");
            Checks.notNull(high, "high");
            Checks.finite(low, "low");
            Checks.finite(high, "high");
            if (low > high) {
                throw new DomainException("okr.error.bandInverted", "low", "low " + low + " is above high " + high);
            }
        }
        if ((metricFrom == MetricFrom.JQL_SUM || metricFrom == MetricFrom.JQL_AVERAGE)
                && source.aggregateField().isEmpty()) {
            throw new DomainException("okr.error.required", "aggregateField", "aggregateField is required");
        }
        if (metricFrom.name().startsWith("JQL") && jql.isEmpty()) {
            throw new DomainException("okr.error.required", "jql", "jql is required for " + metricFrom);
        }
    }

    /**
     * Which way a metric should move: up, down, or stay within [low, high] (the band, required for a maintained
     * metric, else usually null). Increase unless set.
     */
    public record MetricGoal(Direction direction, Double low, Double high) {
        public static final MetricGoal INCREASE = new MetricGoal(Direction.INCREASE, null, null);

        public MetricGoal {
            direction = direction == null ? Direction.INCREASE : direction;
        }
    }

    /**
     * Where a key result's issues or value come from.
     *
     * @param jql            optional scope or aggregate query; empty when the scope is the linked initiatives
     * @param metricFrom     for metrics: the current value field (unless set), check-ins, or the JQL query
     * @param aggregateField for JQL_SUM / JQL_AVERAGE: the numeric field summed or averaged; empty otherwise
     * @param jqlOwner       Jira user key of who last saved the settings: the query runs with that user's
     *                       permissions, never more; empty when unknown (saved before owners were kept)
     */
    public record Source(String jql, MetricFrom metricFrom, String aggregateField, String jqlOwner) {
        /** No query: the scope is the linked initiatives, a metric's value is the current value field. */
        public static final Source NONE = new Source("", MetricFrom.FIELD, "");

        public Source {
            jql = jql == null ? "" : jql.strip();
            metricFrom = metricFrom == null ? MetricFrom.FIELD : metricFrom;
            aggregateField = aggregateField == null ? "" : aggregateField.strip();
            jqlOwner = jqlOwner == null ? "" : jqlOwner;
        }

        /** A source whose owner is not known. */
        public Source(String jql, MetricFrom metricFrom, String aggregateField) {
            this(jql, metricFrom, aggregateField, "");
        }

        /** The same source, saved by {@code owner}. */
        public Source ownedBy(String owner) {
            return new Source(jql, metricFrom, aggregateField, owner);
        }
    }

    /** The key result's own status weights, or when it has none the given default (the admin's setting). */
    public StatusWeights weightsOr(StatusWeights defaults) {
        return statusWeights == null ? defaults : statusWeights;
    }

    /**
     * A new KR until someone configures it: counts the issues of its initiatives, credited by the admin's default
     * status-category credit (done only unless changed).
     */
    public static KeyResultSettings defaults(String issueKey) {
        return new KeyResultSettings(issueKey, KeyResultKind.ISSUE_COUNT, MetricGoal.INCREASE, Weight.ONE, Source.NONE,
                null, false);
    }
}
