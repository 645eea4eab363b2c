package dev.northstar.okr.local.simjira;

import dev.northstar.okr.schema.OkrSchemaSpec;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The custom field values of a create or an edit, read as Jira reads them: a number in the user's language (Jira's
 * number field parses with the user's decimal separator and no grouping, and refuses 10^14 and beyond), a text of at
 * most 255 characters. The simulated Jira sets the fields the app's setup makes on Key Result issues (start, target,
 * current value, unit), recognised by name as the issue shows them; they are on no screen, so a change that does not
 * skip the screen check is refused, as Jira refuses a field that is not on the screen.
 */
final class SimFieldValues {
    private static final double LIMIT = 1e14;

    private final SimulatedJira jira;

    SimFieldValues(SimulatedJira jira) {
        this.jira = jira;
    }

    /** One field's new value: a number, a text, or cleared (both null), under the field's name. */
    record Value(String fieldName, Double number, String text) {
    }

    /** The values given, by field name, in the order given. */
    record Parsed(Map<String, Value> byName) {
        boolean isEmpty() {
            return byName.isEmpty();
        }

        /** The key result's values after this change. */
        JiraData.MetricValues applyTo(JiraData.MetricValues before) {
            return new JiraData.MetricValues(
                    number(OkrSchemaSpec.START.name(), before.start()),
                    number(OkrSchemaSpec.TARGET.name(), before.target()),
                    number(OkrSchemaSpec.CURRENT.name(), before.current()),
                    byName.containsKey(OkrSchemaSpec.UNIT.name()) ? byName.get(OkrSchemaSpec.UNIT.name()).text()
                            : before.unit(), before.history());
        }

        private Double number(String name, Double before) {
            return byName.containsKey(name) ? byName.get(name).number() : before;
        }

        /** The change items this change records, one per field whose value changes, in Jira's changelog form. */
        List<JiraData.Change> changes(JiraData.MetricValues before, java.time.Instant at) {
            JiraData.MetricValues after = applyTo(before);
            List<JiraData.Change> changes = new ArrayList<>();
            change(changes, OkrSchemaSpec.START.name(), before.start(), after.start(), at);
            change(changes, OkrSchemaSpec.TARGET.name(), before.target(), after.target(), at);
            change(changes, OkrSchemaSpec.CURRENT.name(), before.current(), after.current(), at);
            String unitBefore = before.unit() == null || before.unit().isEmpty() ? null : before.unit();
            if (!Objects.equals(unitBefore, after.unit())) {
                changes.add(new JiraData.Change("custom", OkrSchemaSpec.UNIT.name(), null, unitBefore, null,
                        after.unit(), at));
            }
            return changes;
        }

        private static void change(List<JiraData.Change> changes, String field, Double before, Double after,
                                   java.time.Instant at) {
            if (!Objects.equals(before, after)) {
                // a number field's changelog keeps the value as text only: '.' as separator, no grouping, cleared ""
                changes.add(new JiraData.Change("custom", field, null, changelog(before), null,
                        after == null ? "" : changelog(after), at));
            }
        }
    }

    /** Jira's changelog text of a number: no grouping, '.' whatever the language, at most three decimals. */
    static String changelog(Double value) {
        return value == null ? null : new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(value);
    }

    Parsed parse(SimInputParameters in, SimErrors errors) {
        Map<String, Value> byName = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> given : in.customFields.entrySet()) {
            String id = given.getKey();
            SimCustomField field = jira.config().field(id).orElse(null);
            if (field == null) {
                errors.field(id, "write.noField", id);
                continue;
            }
            if (!in.skipScreenCheck) {
                errors.field(id, "write.notOnScreen", id);
                continue;
            }
            String raw = given.getValue().isEmpty() ? null : given.getValue().get(0).strip();
            String name = field.name();
            if (name.equals(OkrSchemaSpec.UNIT.name())) {
                if (raw != null && raw.length() > 255) {
                    errors.field(id, "write.textTooLong");
                } else {
                    byName.put(name, new Value(name, null, raw == null || raw.isEmpty() ? null : raw));
                }
            } else if (name.equals(OkrSchemaSpec.START.name()) || name.equals(OkrSchemaSpec.TARGET.name())
                    || name.equals(OkrSchemaSpec.CURRENT.name())) {
                Double number = raw == null || raw.isEmpty() ? null : number(raw);
                if (raw != null && !raw.isEmpty() && number == null) {
                    errors.field(id, "write.invalidNumber", raw);
                } else if (number != null && Math.abs(number) >= LIMIT) {
                    errors.field(id, "write.numberTooLarge");
                } else {
                    byName.put(name, new Value(name, number, null));
                }
            } else {
                errors.field(id, "write.unsupportedField", name);
            }
        }
        return new Parsed(byName);
    }

    /** A number as Jira's number field reads it in the user's language, or null when it is none. */
    private Double number(String raw) {
        DecimalFormat format = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(jira.locale()));
        format.setGroupingUsed(false);
        ParsePosition at = new ParsePosition(0);
        Number parsed = format.parse(raw, at);
        if (parsed == null || at.getIndex() != raw.length() || !Double.isFinite(parsed.doubleValue())) {
            return null;
        }
        return parsed.doubleValue();
    }
}
