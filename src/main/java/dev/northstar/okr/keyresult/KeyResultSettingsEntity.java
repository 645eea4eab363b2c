package dev.northstar.okr.keyresult;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Storage of one key result's settings (table {@code AO_120676_KR_SETTINGS}), one row per KR issue. Enumerations
 * are stored by name, so reordering them never changes stored data. Used only by
 * {@link AoKeyResultSettingsRepository}.
 */
@Preload
@Table("KR_SETTINGS")
public interface KeyResultSettingsEntity extends Entity {
    String ISSUE_KEY = "ISSUE_KEY";
    String KIND = "KIND";
    String DIRECTION = "DIRECTION";
    String BAND_LOW = "BAND_LOW";
    String BAND_HIGH = "BAND_HIGH";
    String WEIGHT = "WEIGHT";
    String JQL = "JQL";
    String METRIC_FROM = "METRIC_FROM";
    String AGGREGATE_FIELD = "AGGREGATE_FIELD";
    String WEIGHT_TO_DO = "WEIGHT_TO_DO";
    String WEIGHT_IN_PROGRESS = "WEIGHT_IN_PROGRESS";
    String WEIGHT_DONE = "WEIGHT_DONE";
    String FOCUS_METRIC = "FOCUS_METRIC";
    String JQL_OWNER = "JQL_OWNER";

    /**
     * Key of the Key Result issue, the lookup column: unique, so that two nodes saving at once cannot store two
     * rows (every database backs the constraint with an index, so no {@code @Indexed} is added on top).
     */
    @NotNull
    @Unique
    String getIssueKey();

    void setIssueKey(String issueKey);

    /** KeyResultKind name: ISSUE_COUNT, STORY_POINTS, METRIC or MILESTONE. */
    @NotNull
    String getKind();

    void setKind(String kind);

    /** Direction name for metrics: INCREASE, DECREASE or MAINTAIN. */
    @NotNull
    String getDirection();

    void setDirection(String direction);

    /** Low end of the band a MAINTAIN metric stays in; NULL when there is none. */
    Double getBandLow();

    void setBandLow(Double bandLow);

    /** High end of the band a MAINTAIN metric stays in; NULL when there is none. */
    Double getBandHigh();

    void setBandHigh(Double bandHigh);

    /** Weight of the KR in its objective's roll-up; 0 excludes it. */
    @NotNull
    double getWeight();

    void setWeight(double weight);

    /** Scope or aggregate query; unbounded text, NULL when empty (Oracle stores '' as NULL anyway). */
    @StringLength(StringLength.UNLIMITED)
    String getJql();

    void setJql(String jql);

    /** MetricFrom name: where a metric's current value comes from. */
    @NotNull
    String getMetricFrom();

    void setMetricFrom(String metricFrom);

    /** Numeric field summed or averaged by JQL_SUM / JQL_AVERAGE; NULL otherwise. */
    String getAggregateField();

    void setAggregateField(String aggregateField);

    /**
     * Credit for an issue in status category "to do". The three weights are all 0 when the key result has no weights
     * of its own (the admin's default applies): its own always credit done above 0, so 0, 0, 0 is never a setting.
     */
    @NotNull
    double getWeightToDo();

    void setWeightToDo(double weightToDo);

    /** Credit for an issue in status category "in progress". */
    @NotNull
    double getWeightInProgress();

    void setWeightInProgress(double weightInProgress);

    /** Credit for an issue in status category "done". */
    @NotNull
    double getWeightDone();

    void setWeightDone(double weightDone);

    /** Whether this KR is its owner's focus metric (OMTM) for the cycle. */
    @NotNull
    boolean getFocusMetric();

    void setFocusMetric(boolean focusMetric);

    /**
     * Jira user key of who last saved these settings: the KR's JQL runs with that user's permissions. Added after
     * the first release, so NULL on rows saved before it (their query then waits for an editor to save again).
     */
    String getJqlOwner();

    void setJqlOwner(String jqlOwner);
}
