package dev.northstar.okr.reading;

import dev.northstar.okr.domain.Direction;
import dev.northstar.okr.domain.Initiative;
import dev.northstar.okr.domain.IssueFact;
import dev.northstar.okr.domain.KeyResult;
import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.domain.MetricSource;
import dev.northstar.okr.domain.MetricSpec;
import dev.northstar.okr.errors.InvalidInputException;
import dev.northstar.okr.keyresult.KeyResultSettings;
import dev.northstar.okr.keyresult.MetricFrom;
import dev.northstar.okr.keyresult.StatusWeights;
import dev.northstar.okr.schema.OkrSchema;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The engine's key result for a Key Result issue, as its stored settings configure it. A configuration the engine
 * cannot measure throws {@link InvalidInputException}: the caller keeps the key result with its translated error,
 * out of the roll-up.
 */
final class KeyResultDefinitions {
    private KeyResultDefinitions() {
    }

    /**
     * A key result measured over its JQL ({@link JqlKeyResults}): a scope joined with the linked initiatives, or a
     * metric whose current value the query's issues make; start and target stay on the Key Result issue.
     */
    static KeyResult jqlKeyResult(OkrIssue kr, KeyResultSettings s, StatusWeights defaultWeights,
                                  List<Initiative> initiatives, boolean focus, KeyResultValues values,
                                  FieldChoice points, JqlMatch match, Map<String, IssueFact> facts, Instant cycleStart,
                                  OkrSchema schema) {
        if (s.kind() != KeyResultKind.METRIC) {
            return keyResult(kr, s, defaultWeights, JqlKeyResults.scope(initiatives, match, facts), focus, values,
                    points, schema);
        }
        MetricSource source = JqlKeyResults.metric(s.source().metricFrom(), match, facts, cycleStart);
        if (values == null) {
            throw new InvalidInputException("start", "okr.error.metricValuesMissing");
        }
        return new KeyResult(kr.key(), kr.summary(), s.kind(), s.weight(), initiatives, metricSpec(s, values), source,
                null, focus);
    }

    /**
     * A key result over its linked initiatives, or a metric from its issue's fields or its check-ins. Issues earn the
     * key result's own status weights, or without any the admin's default ({@code defaultWeights}).
     */
    static KeyResult keyResult(OkrIssue kr, KeyResultSettings s, StatusWeights defaultWeights,
                               List<Initiative> initiatives, boolean focus, KeyResultValues values, FieldChoice points,
                               OkrSchema schema) {
        switch (s.kind()) {
            case STORY_POINTS -> {
                if (points == null || !points.ok()) {
                    throw new InvalidInputException("storyPointsField", points == null
                            ? FieldChoice.Problem.MISSING.messageKey() : points.problem().messageKey(),
                            points == null ? new Object[] {"Story Points", ""} : points.messageArguments());
                }
                return new KeyResult(kr.key(), kr.summary(), s.kind(), s.weight(), initiatives, null, null, null,
                        focus, s.weightsOr(defaultWeights).credit());
            }
            case MILESTONE -> {
                // without initiatives the Key Result issue itself is the milestone
                return new KeyResult(kr.key(), kr.summary(), s.kind(), s.weight(), initiatives, null, null,
                        initiatives.isEmpty() ? kr.key() : null, focus);
            }
            case METRIC -> {
                return metric(kr, s, initiatives, focus, values, schema);
            }
            default -> {
                // issue count: each issue credited by its status category at the as-of instant
                return new KeyResult(kr.key(), kr.summary(), s.kind(), s.weight(), initiatives, null, null, null,
                        focus, s.weightsOr(defaultWeights).credit());
            }
        }
    }

    private static KeyResult metric(OkrIssue kr, KeyResultSettings s, List<Initiative> initiatives, boolean focus,
                                    KeyResultValues values, OkrSchema schema) {
        boolean fromCheckIns = s.source().metricFrom() == MetricFrom.CHECK_IN;
        if (s.source().metricFrom() != MetricFrom.FIELD && !fromCheckIns) {
            throw new InvalidInputException("metricFrom", "okr.error.metricFromUnsupported", s.source().metricFrom().name());
        }
        List<String> missing = new ArrayList<>(values == null ? List.of() : values.missingFields());
        if (fromCheckIns) {
            // the current value comes from check-ins: only start and target (or the band) are needed
            missing.remove(schema.currentFieldId() == null ? "current" : schema.currentFieldId());
        }
        if (values == null || !missing.isEmpty()) {
            throw new InvalidInputException("current", "okr.error.field.missing", String.join(", ", missing), "");
        }
        return new KeyResult(kr.key(), kr.summary(), s.kind(), s.weight(), initiatives, metricSpec(s, values),
                fromCheckIns ? MetricSource.checkInValues() : MetricSource.issueField(kr.key(), values.currentField()),
                null, focus);
    }

    /** A metric's direction with its band, or its start and target from the Key Result issue. */
    private static MetricSpec metricSpec(KeyResultSettings s, KeyResultValues values) {
        if (s.goal().direction() == Direction.MAINTAIN) {
            return MetricSpec.maintain(s.goal().low(), s.goal().high());
        }
        if (values.start() == null || values.target() == null) {
            throw new InvalidInputException(values.start() == null ? "start" : "target",
                    "okr.error.metricValuesMissing");
        }
        return new MetricSpec(s.goal().direction(), values.start(), values.target(), 0, 0);
    }
}
