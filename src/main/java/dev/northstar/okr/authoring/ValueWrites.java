package dev.northstar.okr.authoring;

import dev.northstar.okr.errors.ConflictException;
import dev.northstar.okr.errors.InvalidInputException;
import dev.northstar.okr.errors.NotFoundException;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.reading.OkrStructure;
import dev.northstar.okr.schema.OkrSchema;
import dev.northstar.okr.schema.OkrSchemaStore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A key result's start, target, current value and unit, written to the Key Result issue's own Jira fields as the user
 * through Jira's issue service: Jira checks the Edit Issues permission and the values, records each change in the
 * issue's history (so figures as of any earlier date keep the value of that date) and publishes the update, which drops
 * the app's cached facts of the issue. Only the values named change.
 */
public class ValueWrites {
    private final IssueWrites writes;
    private final OkrStructure structure;
    private final OkrSchemaStore schemas;

    public ValueWrites(IssueWrites writes, OkrStructure structure, OkrSchemaStore schemas) {
        this.writes = writes;
        this.structure = structure;
        this.schemas = schemas;
    }

    /** A value a request names; a null value clears the field. */
    public record Named<T>(T value) {
    }

    /** The values to change: each one named (not null) is set or cleared; an empty unit clears it too. */
    public record Change(Named<Double> start, Named<Double> target, Named<Double> current, Named<String> unit) {
        public boolean isEmpty() {
            return start == null && target == null && current == null && unit == null;
        }
    }

    /** Writes the values; 400 naming the field (Jira's words for Jira's refusals), 403, 404 for no key result. */
    public void set(Caller caller, String keyResultKey, Change change) {
        OkrSchema schema = schemas.current();
        if (!schema.complete()) {
            throw new ConflictException(null, "okr.error.setupIncomplete");
        }
        structure.issue(keyResultKey).filter(i -> i.typeId().equals(schema.keyResultTypeId()))
                .orElseThrow(() -> new NotFoundException("key", "okr.error.keyResultNotFound", keyResultKey));
        if (change.isEmpty()) {
            throw new InvalidInputException(null, "okr.error.values.none");
        }
        List<FieldValue> values = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        number(values, fields, schema.startFieldId(), "start", change.start());
        number(values, fields, schema.targetFieldId(), "target", change.target());
        number(values, fields, schema.currentFieldId(), "current", change.current());
        if (change.unit() != null) {
            String text = change.unit().value() == null ? "" : change.unit().value().strip();
            if (text.length() > ObjectiveCreation.MAX_SUMMARY) {
                throw new InvalidInputException("unit", "okr.error.textTooLong", ObjectiveCreation.MAX_SUMMARY);
            }
            values.add(FieldValue.text(schema.unitFieldId(), text));
            fields.put(schema.unitFieldId(), "unit");
        }
        Written<Void> written = writes.update(keyResultKey, values);
        if (!written.ok()) {
            throw Refusals.of(written, fields, fields.values().stream().findFirst().orElse(null), keyResultKey);
        }
    }

    private static void number(List<FieldValue> values, Map<String, String> fields, String fieldId, String name,
                               Named<Double> value) {
        if (value != null) {
            ObjectiveCreation.number(name, value.value());
            values.add(FieldValue.number(fieldId, value.value()));
            fields.put(fieldId, name);
        }
    }
}
