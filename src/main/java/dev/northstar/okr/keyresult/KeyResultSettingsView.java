package dev.northstar.okr.keyresult;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.northstar.okr.domain.Initiative;

import java.util.List;
import java.util.Locale;

/**
 * A key result's settings as the REST API shows them. {@code stored} is false while the KR has never been
 * configured (the values are then the defaults). {@code jql} is null for a caller who may not edit the KR: the query
 * may name issues they cannot see. {@code initiatives} are the stored ratings of initiatives the caller may browse.
 *
 * <p>The JSON is one flat object (docs/rest-api-store.md): the parts are written in place of their property
 * ({@link JsonUnwrapped}), in the order of the components. Jackson 2.17 cannot read unwrapped parts through a
 * record's constructor, so it reads the flat object through {@link Json}.
 */
@JsonDeserialize(builder = KeyResultSettingsView.Json.class)
public record KeyResultSettingsView(String issueKey, boolean stored, String kind, @JsonUnwrapped GoalView goal,
                                    double weight, @JsonUnwrapped SourceView source,
                                    @JsonUnwrapped WeightsView statusWeights, boolean focusMetric,
                                    List<InitiativeView> initiatives) {
    public KeyResultSettingsView {
        initiatives = List.copyOf(initiatives);
    }

    /** {@code direction} is increase, decrease or maintain; {@code low} and {@code high} bound a maintained metric. */
    public record GoalView(String direction, Double low, Double high) {
    }

    /** {@code metricFrom} is field, check-in, jql-count, jql-sum or jql-average. */
    public record SourceView(String jql, String metricFrom, String aggregateField) {
    }

    /** The key result's own credit per status category; all null when the admin's default applies. */
    public record WeightsView(Double weightToDo, Double weightInProgress, Double weightDone) {
        static final WeightsView ADMIN_DEFAULT = new WeightsView(null, null, null);
    }

    /** One initiative's rating; {@code scope} is must-have, nice-to-have or not-in-scope; 0 means not scored. */
    public record InitiativeView(String issueKey, String scope, int impact, int effort) {
        static InitiativeView of(Initiative initiative) {
            return new InitiativeView(initiative.issueKey(), KeyResultIds.id(initiative.scope()), initiative.impact(),
                    initiative.effort());
        }
    }

    static KeyResultSettingsView of(KeyResultSettings s, boolean stored, boolean showJql,
                                    List<Initiative> initiatives) {
        KeyResultSettings.MetricGoal goal = s.goal();
        KeyResultSettings.Source source = s.source();
        StatusWeights weights = s.statusWeights();
        return new KeyResultSettingsView(s.issueKey(), stored, s.kind().id(),
                new GoalView(goal.direction().name().toLowerCase(Locale.ROOT), goal.low(), goal.high()),
                s.weight().value(),
                new SourceView(showJql ? source.jql() : null, KeyResultIds.id(source.metricFrom()),
                        source.aggregateField()),
                weights == null ? WeightsView.ADMIN_DEFAULT
                        : new WeightsView(weights.toDo(), weights.inProgress(), weights.done()), s.focusMetric(),
                initiatives.stream().map(InitiativeView::of).toList());
    }

    /** The flat JSON object as Jackson reads it, one property at a time; {@link #build()} groups the parts. */
    @JsonPOJOBuilder(withPrefix = "")
    static final class Json {
        private String issueKey;
        private boolean stored;
        private String kind;
        private String direction;
        private Double low;
        private Double high;
        private double weight;
        private String jql;
        private String metricFrom;
        private String aggregateField;
        private Double weightToDo;
        private Double weightInProgress;
        private Double weightDone;
        private boolean focusMetric;
        private List<InitiativeView> initiatives;

        Json issueKey(String value) {
            issueKey = value;
            return this;
        }

        Json stored(boolean value) {
            stored = value;
            return this;
        }

        Json kind(String value) {
            kind = value;
            return this;
        }

        Json direction(String value) {
            direction = value;
            return this;
        }

        Json low(Double value) {
            low = value;
            return this;
        }

        Json high(Double value) {
            high = value;
            return this;
        }

        Json weight(double value) {
            weight = value;
            return this;
        }

        Json jql(String value) {
            jql = value;
            return this;
        }

        Json metricFrom(String value) {
            metricFrom = value;
            return this;
        }

        Json aggregateField(String value) {
            aggregateField = value;
            return this;
        }

        Json weightToDo(Double value) {
            weightToDo = value;
            return this;
        }

        Json weightInProgress(Double value) {
            weightInProgress = value;
            return this;
        }

        Json weightDone(Double value) {
            weightDone = value;
            return this;
        }

        Json focusMetric(boolean value) {
            focusMetric = value;
            return this;
        }

        Json initiatives(List<InitiativeView> value) {
            initiatives = value;
            return this;
        }

        KeyResultSettingsView build() {
            return new KeyResultSettingsView(issueKey, stored, kind, new GoalView(direction, low, high), weight,
                    new SourceView(jql, metricFrom, aggregateField),
                    new WeightsView(weightToDo, weightInProgress, weightDone), focusMetric, initiatives);
        }
    }
}
