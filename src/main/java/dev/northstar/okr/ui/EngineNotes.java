package dev.northstar.okr.ui;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OKR engine's provenance notes in the viewer's language. The engine writes them in English (it also serves the
 * command line and logs); the notes it is known to write are translated here, any other is shown as written rather
 * than dropped, since a note explains a figure.
 */
final class EngineNotes {
    private record Known(Pattern pattern, BiFunction<Matcher, ViewParts, String> text) {
    }

    private static final List<Known> KNOWN = List.of(
            new Known(Pattern.compile("(\\d+) done issues? ha(?:s|ve) no resolution date or done transition: .*"),
                    (m, v) -> v.t("okr.ui.note.doneWithoutDate", Integer.parseInt(m.group(1)))),
            new Known(Pattern.compile("(\\d+) issues? not done at \\S+ ha(?:s|ve) no status change history: .*"),
                    (m, v) -> v.t("okr.ui.note.startedWithoutHistory", Integer.parseInt(m.group(1)))),
            new Known(Pattern.compile("milestone issue (\\S+) is not in the export"),
                    (m, v) -> v.t("okr.ui.note.milestoneMissing", m.group(1))),
            new Known(Pattern.compile("no value set at or before (\\S+)"),
                    (m, v) -> v.t("okr.ui.note.noValue", date(m.group(1), v))),
            new Known(Pattern.compile("(\\S+) is marked not in scope and is not measured"),
                    (m, v) -> v.t("okr.ui.note.notInScope", m.group(1))),
            new Known(Pattern.compile("(\\S+) is not in the export and no issue names it as its epic: it adds nothing"),
                    (m, v) -> v.t("okr.ui.note.initiativeMissing", m.group(1))),
            new Known(Pattern.compile(
                    "(\\S+) is not in the export, but (\\d+) issues? names? it as (?:its|their) epic: .*"),
                    (m, v) -> v.t("okr.ui.note.initiativeMissingWithChildren", m.group(1),
                            Integer.parseInt(m.group(2)))),
            new Known(Pattern.compile("(\\S+): story points (\".*\") are not a usable estimate: counted as unestimated"),
                    (m, v) -> v.t("okr.ui.note.oddEstimate", m.group(1), m.group(2))),
            new Known(Pattern.compile("(\\S+): value (\".*\") of field (.+) is not a usable number: left out"),
                    (m, v) -> v.t("okr.ui.note.oddValue", m.group(1), m.group(2), m.group(3))));

    private EngineNotes() {
    }

    static List<String> translate(List<String> notes, ViewParts v) {
        return notes.stream().map(note -> translate(note, v)).toList();
    }

    static String translate(String note, ViewParts v) {
        for (Known known : KNOWN) {
            Matcher m = known.pattern().matcher(note);
            if (m.matches()) {
                return known.text().apply(m, v);
            }
        }
        return note;
    }

    private static String date(String instant, ViewParts v) {
        try {
            return v.formats().date(Instant.parse(instant));
        } catch (DateTimeParseException notAnInstant) {
            return instant;
        }
    }
}
