package dev.northstar.okr.checkin;

import java.util.List;

/**
 * What a check-in needs to know about its key result, answered by the read side (which knows how a key result is
 * measured and which issues are in its scope): what a reported value is for, and the issues in scope now, which the
 * check-in records so that the next one can tell which issues entered or left the scope since.
 */
public interface CheckInSubject {
    /** What the check-in rules alone assume: a value goes with the check-in as reported, and no scope is recorded. */
    CheckInSubject UNKNOWN = key -> new Subject(ValueUse.CHECK_IN, null);

    /** The key result as it is now. */
    Subject about(String keyResultKey);

    /** What a value reported with a check-in is for. */
    enum ValueUse {
        /** Not a metric: a check-in takes no value. */
        NONE,
        /** A metric read from the values reported with check-ins: the check-in holds it. */
        CHECK_IN,
        /** A metric read from the Key Result issue's current value field: the value is written there too. */
        FIELD,
        /** A metric whose value its own JQL query makes: a reported value would go nowhere, so none is taken. */
        COMPUTED
    }

    /**
     * @param valueUse what a reported value is for
     * @param scope    the keys of every issue in the key result's scope now, visible to the caller or not; null when
     *                 it has no issue scope (a metric) or cannot be measured now (in no cycle, misconfigured)
     */
    record Subject(ValueUse valueUse, List<String> scope) {
        public Subject {
            scope = scope == null ? null : List.copyOf(scope);
        }
    }
}
