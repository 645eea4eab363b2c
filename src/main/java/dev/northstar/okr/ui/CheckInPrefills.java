package dev.northstar.okr.ui;

import dev.northstar.okr.reading.SinceLastCheckIn;
import dev.northstar.okr.reading.SinceLastCheckIn.IssueList;
import dev.northstar.okr.reading.SinceLastCheckIn.Movement;

import java.util.ArrayList;
import java.util.List;

/**
 * Words the read service's evidence since the last check-in ({@link SinceLastCheckIn}) for the check-in form: the
 * same figures as the REST API's, in the caller's language. A list names at most {@link #NAMED} issues and says how
 * many more there are; issues the caller may not browse are only counted, as the read service counted them.
 */
final class CheckInPrefills {
    /** Issues one line names at most: the REST API lists them all. */
    static final int NAMED = 10;

    private CheckInPrefills() {
    }

    /** @param lastAuthor the name to show for the last check-in's author; null before the first */
    static CheckInPrefill prefill(SinceLastCheckIn since, String lastAuthor, ViewParts v) {
        Formats f = v.formats();
        String heading = "cycle-start".equals(since.window().sinceBasis())
                ? v.t("okr.ui.checkin.since.cycleStart", f.date(since.window().since()))
                : v.t("okr.ui.checkin.since.last", f.date(since.window().since()), since.window().lastConfidence(),
                lastAuthor);
        List<CheckInPrefill.Line> lines = new ArrayList<>();
        Movement m = since.movement();
        if (m.progressThen() != null && m.progressNow() != null) {
            lines.add(new CheckInPrefill.Line(v.t("okr.ui.checkin.since.progress", f.percent(m.progressThen()),
                    f.percent(m.progressNow()), f.signedPercent(m.progressNow() - m.progressThen())), null, null,
                    false));
        }
        if (m.valueThen() != null || m.valueNow() != null) {
            lines.add(new CheckInPrefill.Line(v.t("okr.ui.checkin.since.value", value(m.valueThen(), m.unit(), v),
                    value(m.valueNow(), m.unit(), v)), null, null, false));
        }
        if (since.completed() != null) {
            lines.add(issues("okr.ui.checkin.since.completed", since.completed(), v));
        }
        boolean recorded = "recorded".equals(since.scopeBasis());
        if (since.entered() != null) {
            lines.add(issues(recorded ? "okr.ui.checkin.since.entered" : "okr.ui.checkin.since.created",
                    since.entered(), v));
        }
        if (since.left() != null) {
            lines.add(issues("okr.ui.checkin.since.left", since.left(), v));
        } else if ("created".equals(since.scopeBasis())) {
            lines.add(new CheckInPrefill.Line(v.t("okr.ui.checkin.since.leftUnknown"), null, null, true));
        }
        return new CheckInPrefill(heading, lines, noteText(heading, lines));
    }

    /** What the value input says beside it; null when a check-in takes no value for this key result. */
    static String valueHint(SinceLastCheckIn since, ViewParts v) {
        if (!"field".equals(since.valueUse()) && !"check-in".equals(since.valueUse())) {
            return null;
        }
        Double now = since.movement().valueNow();
        return now == null ? v.t("okr.ui.checkin.valueHintNone")
                : v.t("okr.ui.checkin.valueHint", v.withUnit(now, since.movement().unit()));
    }

    private static String value(Double value, String unit, ViewParts v) {
        return value == null ? v.t("okr.ui.metric.noValue") : v.withUnit(value, unit);
    }

    private static CheckInPrefill.Line issues(String key, IssueList list, ViewParts v) {
        List<IssueRef> named = new ArrayList<>();
        for (String issue : list.keys().subList(0, Math.min(NAMED, list.keys().size()))) {
            named.add(v.issue(issue, "", null));
        }
        int more = list.keys().size() - named.size();
        String rest = null;
        if (named.isEmpty() && list.hidden() > 0) {
            rest = " " + v.t("okr.ui.checkin.since.unnamed", list.hidden());
        } else if (more > 0 || list.hidden() > 0) {
            rest = v.t("okr.ui.checkin.since.more", more, list.hidden());
        }
        return new CheckInPrefill.Line(v.t(key, list.keys().size() + list.hidden()), named, rest, false);
    }

    /** The heading and each line that says something, as text: "2 issues completed: AC-12, AC-14, and 1 more". */
    private static String noteText(String heading, List<CheckInPrefill.Line> lines) {
        StringBuilder text = new StringBuilder(heading);
        for (CheckInPrefill.Line line : lines) {
            if (line.isMuted()) {
                continue;
            }
            text.append('\n').append("- ").append(line.getText());
            if (line.getIssues() != null) {
                text.append(": ").append(String.join(", ", line.getIssues().stream().map(IssueRef::getKey).toList()));
            }
            if (line.getMoreText() != null) {
                text.append(line.getMoreText());
            }
        }
        return text.toString();
    }
}
