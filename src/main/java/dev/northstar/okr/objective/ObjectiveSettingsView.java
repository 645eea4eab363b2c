package dev.northstar.okr.objective;

/**
 * An objective's settings as the REST API shows them. Until configured, {@code stored} is false and
 * {@code cycleId} null.
 */
public record ObjectiveSettingsView(String issueKey, boolean stored, Long cycleId, boolean committed, double weight,
                                    String owner) {

    static ObjectiveSettingsView of(ObjectiveSettings s) {
        return new ObjectiveSettingsView(s.issueKey(), true, s.cycleId(), s.committed(), s.weight().value(),
                s.owner());
    }

    static ObjectiveSettingsView unconfigured(String issueKey) {
        return new ObjectiveSettingsView(issueKey, false, null, false, 1.0, "");
    }
}
