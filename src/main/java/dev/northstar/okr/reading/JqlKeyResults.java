package dev.northstar.okr.reading;

import dev.northstar.okr.errors.InvalidInputException;
import dev.northstar.okr.domain.Initiative;
import dev.northstar.okr.domain.IssueFact;
import dev.northstar.okr.domain.KeyResult;
import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.domain.MetricSource;
import dev.northstar.okr.domain.OkrPlan;
import dev.northstar.okr.domain.TimedValue;
import dev.northstar.okr.keyresult.KeyResultSettings;
import dev.northstar.okr.keyresult.MetricFrom;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a key result's own JQL makes its figures, in plain Java over what the query found ({@link JqlMatch}): the
 * query to run for given settings, the scope it makes together with the linked initiatives, or the metric value
 * over time that its issues make. A query Jira refused (or one finding too much) is the key result's configuration
 * error, thrown as {@link InvalidInputException} naming the setting at fault.
 */
final class JqlKeyResults {
    private JqlKeyResults() {
    }

    /**
     * The KR's own query, when its settings use one: as the scope of a count, points or milestone KR, or as the
     * issues of a metric's count, sum or average, run as the user who last saved the settings. A metric read from its
     * field or check-ins ignores a stored query.
     */
    static Optional<JqlRequest> request(KeyResultSettings s) {
        if (s.source().jql().isEmpty()) {
            return Optional.empty();
        }
        String owner = s.source().jqlOwner();
        if (s.kind() != KeyResultKind.METRIC) {
            return Optional.of(new JqlRequest(s.source().jql(), "", owner));
        }
        return switch (s.source().metricFrom()) {
            case JQL_COUNT -> Optional.of(new JqlRequest(s.source().jql(), "", owner));
            case JQL_SUM, JQL_AVERAGE -> Optional.of(new JqlRequest(s.source().jql(), s.source().aggregateField(),
                    owner));
            default -> Optional.empty();
        };
    }

    /**
     * The union of the linked initiatives and the issues the query found, each found issue standing for itself
     * (an initiative of its own that no child names). Sub-tasks found are left out: they count through their
     * parent, as everywhere. An issue both linked and found counts once, through its initiative.
     */
    static List<Initiative> scope(List<Initiative> initiatives, JqlMatch match, Map<String, IssueFact> facts) {
        List<Initiative> scope = new ArrayList<>(initiatives);
        Set<String> named = new HashSet<>();
        initiatives.forEach(i -> named.add(i.issueKey()));
        found(match, facts).stream().filter(f -> !f.subtask()).filter(f -> named.add(f.key()))
                .forEach(f -> scope.add(Initiative.of(f.key())));
        return scope;
    }

    /** The metric's current value over time: the count, sum or average of the issues found ({@link JqlAggregate}). */
    static MetricSource metric(MetricFrom from, JqlMatch match, Map<String, IssueFact> facts, Instant cycleStart) {
        JqlAggregate.Kind kind = switch (from) {
            case JQL_SUM -> JqlAggregate.Kind.SUM;
            case JQL_AVERAGE -> JqlAggregate.Kind.AVERAGE;
            default -> JqlAggregate.Kind.COUNT;
        };
        List<IssueFact> found = found(match, facts);
        // the found issues' values the aggregate could not use are the key result's notes, each naming its issue
        List<String> notes = found.stream().flatMap(f -> f.notes().stream()).distinct().toList();
        return MetricSource.history(JqlAggregate.of(kind, found, match.fieldId(), cycleStart), notes);
    }

    /** A JQL metric's value over time as shown (its own, not the KR issue's field): the last value of each day. */
    static Optional<List<TimedValue>> history(OkrPlan plan, Set<String> jqlMetrics, String krKey) {
        if (!jqlMetrics.contains(krKey)) {
            return Optional.empty();
        }
        return plan.objectives().stream().flatMap(o -> o.keyResults().stream())
                .filter(kr -> kr.key().equals(krKey)).map(KeyResult::metricSource).filter(Objects::nonNull)
                .findFirst().map(source -> JqlAggregate.daily(source.history()));
    }

    private static List<IssueFact> found(JqlMatch match, Map<String, IssueFact> facts) {
        if (!match.ok()) {
            throw new InvalidInputException(match.problemField(), match.problemKey(),
                    match.problemArguments().toArray());
        }
        return match.keys().stream().map(facts::get).filter(Objects::nonNull).toList();
    }
}
