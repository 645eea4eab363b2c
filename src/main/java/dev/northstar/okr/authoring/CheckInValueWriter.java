package dev.northstar.okr.authoring;

import dev.northstar.okr.checkin.MetricValueWriter;
import dev.northstar.okr.errors.InvalidInputException;
import dev.northstar.okr.errors.NotFoundException;
import dev.northstar.okr.host.Access;
import dev.northstar.okr.host.Caller;

/**
 * A metric's value reported with a check-in, written into the Key Result issue's "current value" field through
 * Jira's issue service as the checking-in user ({@link ValueWrites}): Jira checks the permission and keeps the value in
 * the history, so figures as of any later date see it. A refusal of the value names the check-in's
 * {@code value} field, where the form shows it.
 */
public class CheckInValueWriter implements MetricValueWriter {
    private final ValueWrites values;
    private final Access access;

    public CheckInValueWriter(ValueWrites values, Access access) {
        this.values = values;
        this.access = access;
    }

    @Override
    public void write(String keyResultKey, double value) {
        Caller caller = access.caller()
                .orElseThrow(() -> new NotFoundException("key", "okr.error.keyResultNotFound", keyResultKey));
        try {
            values.set(caller, keyResultKey, new ValueWrites.Change(null, null, new ValueWrites.Named<>(value), null));
        } catch (InvalidInputException refused) {
            throw new InvalidInputException("value", refused.messageKey(), refused.arguments());
        }
    }
}
