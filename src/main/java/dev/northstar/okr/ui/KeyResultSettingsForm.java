package dev.northstar.okr.ui;

import java.util.List;

/**
 * The Key Result panel's settings form: how the key result is measured (kind, weight, JQL with a preview count, the
 * metric's direction, band and source, status credit, focus metric), saved through
 * {@code PUT /keyresults/{key}/settings}, which validates. Only for those who may edit the key result; for the others
 * it holds only the line saying why there is no form. The metric's start, target, current value and unit are Jira
 * fields of the issue, not settings: they are not part of this form. Immutable; every text is plain: the template
 * engine escapes it.
 */
public final class KeyResultSettingsForm {
    private final String issueKey;
    private final Paths paths;
    private final String lockedText;
    private final boolean collapsed;
    private final List<Option> kinds;
    private final String weight;
    private final String jql;
    private final KeyResultMetricFields metric;
    private final StatusCreditFields credit;
    private final boolean focusMetric;

    /** Where the form saves and previews its query. */
    record Paths(String put, String preview) {
    }

    KeyResultSettingsForm(String issueKey, Paths paths, boolean collapsed, List<Option> kinds, String weight,
                          String jql, KeyResultMetricFields metric, StatusCreditFields credit, boolean focusMetric) {
        this.issueKey = issueKey;
        this.paths = paths;
        this.lockedText = null;
        this.collapsed = collapsed;
        this.kinds = List.copyOf(kinds);
        this.weight = weight;
        this.jql = jql;
        this.metric = metric;
        this.credit = credit;
        this.focusMetric = focusMetric;
    }

    private KeyResultSettingsForm(String issueKey, String lockedText) {
        this.issueKey = issueKey;
        this.paths = new Paths(null, null);
        this.lockedText = lockedText;
        this.collapsed = true;
        this.kinds = List.of();
        this.weight = "";
        this.jql = "";
        this.metric = null;
        this.credit = null;
        this.focusMetric = false;
    }

    /** For someone who may not edit the key result: no form, only why. */
    static KeyResultSettingsForm locked(String issueKey, String lockedText) {
        return new KeyResultSettingsForm(issueKey, lockedText);
    }

    /** The key result's key (for the form's element ids) */
    public String getIssueKey() {
        return issueKey;
    }

    /** REST path the form saves to; null when the caller may not edit the key result */
    public String getPutPath() {
        return paths.put();
    }

    /** REST path that counts what the typed query finds for the caller; null without a form */
    public String getPreviewPath() {
        return paths.preview();
    }

    /** Why there is no form (the caller may not edit the key result); else null */
    public String getLockedText() {
        return lockedText;
    }

    /** Closed until opened, unless the key result was never configured */
    public boolean isCollapsed() {
        return collapsed;
    }

    /** Issue completion, story points, metric, milestone; the stored one chosen */
    public List<Option> getKinds() {
        return kinds;
    }

    /** The weight as the field shows it (digits with a dot, as JSON numbers are written) */
    public String getWeight() {
        return weight;
    }

    /** The stored query; empty when there is none */
    public String getJql() {
        return jql;
    }

    /** Direction, band and where a metric's current value comes from; null without a form */
    public KeyResultMetricFields getMetric() {
        return metric;
    }

    /** The status-category credit: the admin's default or weights of its own; null without a form */
    public StatusCreditFields getCredit() {
        return credit;
    }

    /** Whether it is marked as its owner's focus metric */
    public boolean isFocusMetric() {
        return focusMetric;
    }
}
