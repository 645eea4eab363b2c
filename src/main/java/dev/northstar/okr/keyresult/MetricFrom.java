package dev.northstar.okr.keyresult;

/** Where a metric key result's current value comes from. */
public enum MetricFrom {
    /** The KR issue's "current value" number field, with Jira's change history giving values as of any date. */
    FIELD,
    /** The value reported with each check-in. */
    CHECK_IN,
    /** The number of issues the KR's JQL finds. */
    JQL_COUNT,
    /** The sum of a numeric field over the issues the KR's JQL finds. */
    JQL_SUM,
    /** The average of a numeric field over the issues the KR's JQL finds. */
    JQL_AVERAGE
}
