package dev.northstar.okr.keyresult;

import dev.northstar.okr.domain.Initiative;

import java.util.List;
import java.util.Locale;

/**
 * A key result's settings as the REST API shows them. {@code stored} is false while the KR has never been
 * configured (the values are then the defaults). {@code initiatives} are the stored ratings of initiatives the
 * caller may browse.
 */
public record KeyResultSettingsView(String issueKey, boolean stored, String kind, String direction, Double low,
                                    Double high, double weight, String jql, String metricFrom,
                                    String aggregateField, double weightToDo, double weightInProgress,
                                    double weightDone, boolean focusMetric, List<InitiativeView> initiatives) {
    public KeyResultSettingsView {
        initiatives = List.copyOf(initiatives);
    }

    /** One initiative's rating; {@code scope} is must-have, nice-to-have or not-in-scope; 0 means not scored. */
    public record InitiativeView(String issueKey, String scope, int impact, int effort) {
        static InitiativeView of(Initiative initiative) {
            return new InitiativeView(initiative.issueKey(), KeyResultIds.id(initiative.scope()), initiative.impact(),
                    initiative.effort());
        }
    }

    static KeyResultSettingsView of(KeyResultSettings s, boolean stored, List<Initiative> initiatives) {
        return new KeyResultSettingsView(s.issueKey(), stored, s.kind().id(),
                s.direction().name().toLowerCase(Locale.ROOT), s.low(), s.high(), s.weight().value(), s.jql(),
                KeyResultIds.id(s.metricFrom()), s.aggregateField(), s.statusWeights().toDo(),
                s.statusWeights().inProgress(), s.statusWeights().done(), s.focusMetric(),
                initiatives.stream().map(InitiativeView::of).toList());
    }
}
