package dev.northstar.okr.local.simjira;

import dev.northstar.okr.domain.IssueFact;
import dev.northstar.okr.domain.NumericHistory;
import dev.northstar.okr.domain.StatusCategory;
import dev.northstar.okr.domain.TimedValue;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the simulated Jira's issue and link services wrote (issues created and deleted, key result values, links,
 * and the change items they recorded), kept in the settings file as Jira keeps its issues in its database, and
 * replayed onto the data set on the next start: so an objective created in the playground is still there after a
 * restart, and its key is never given to another issue (whose stored OKR settings would then be the old one's).
 * One line per write, each value URL-encoded ({@code ~} for none).
 */
final class WriteJournal {
    static final String KEY = "dev.northstar.okr.local.simjira.writes";
    private static final String NONE = "~";

    private final SettingsFile file;
    private final StringBuilder lines;

    WriteJournal(SettingsFile file) {
        this.file = file;
        this.lines = new StringBuilder(file.get(KEY).orElse(""));
    }

    synchronized void created(JiraData.Issue issue, JiraData.MetricValues values) {
        write("create", issue.key(), Long.toString(issue.id()), issue.projectKey(), issue.typeName(),
                issue.role().name(), issue.summary(), Long.toString(issue.fact().created().toEpochMilli()));
        if (values != null) {
            metric(issue.key(), values, List.of());
        }
    }

    synchronized void metric(String key, JiraData.MetricValues values, List<JiraData.Change> changes) {
        write("metric", key, number(values.start()), number(values.target()), number(values.current()),
                values.unit());
        changes(key, changes);
    }

    synchronized void changes(String key, List<JiraData.Change> changes) {
        for (JiraData.Change c : changes) {
            write("change", key, c.fieldType(), c.field(), c.from(), c.fromText(), c.to(), c.toText(),
                    Long.toString(c.at().toEpochMilli()));
        }
    }

    synchronized void deleted(String key) {
        write("delete", key);
    }

    synchronized void link(JiraLinks.Link link, boolean made) {
        write(made ? "link" : "unlink", link.type(), link.source(), link.destination());
    }

    private void write(String... values) {
        List<String> encoded = new ArrayList<>();
        for (String value : values) {
            encoded.add(value == null ? NONE : URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        lines.append(String.join("\t", encoded)).append('\n');
        file.put(KEY, lines.toString());
    }

    private static String number(Double value) {
        return value == null ? null : Double.toString(value);
    }

    /** Applies every write kept to the data set, as it was when they were made. */
    void replay(JiraData data) {
        for (String line : lines.toString().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] raw = line.split("\t", -1);
            String[] f = new String[raw.length];
            for (int i = 0; i < raw.length; i++) {
                f[i] = raw[i].equals(NONE) ? null : URLDecoder.decode(raw[i], StandardCharsets.UTF_8);
            }
            switch (f[0]) {
                case "create" -> {
                    Instant at = Instant.ofEpochMilli(Long.parseLong(f[7]));
                    data.restore(new JiraData.Issue(Long.parseLong(f[2]), f[1], f[6], f[3], f[4], false, "To Do",
                            null, JiraData.Role.valueOf(f[5]), IssueFact.builder(f[1]).type(f[4])
                            .statusCategory(StatusCategory.TO_DO).created(at).updated(at).build()));
                }
                case "metric" -> {
                    JiraData.MetricValues before = data.metric(f[1]).orElse(null);
                    Double current = parse(f[4]);
                    NumericHistory history = before != null ? before.history() : current == null
                            ? NumericHistory.empty() : NumericHistory.of(List.of(new TimedValue(
                            data.issue(f[1]).map(i -> i.fact().created()).orElse(Instant.EPOCH), current)));
                    data.setMetric(f[1], new JiraData.MetricValues(parse(f[2]), parse(f[3]), current, f[5], history),
                            List.of());
                }
                case "change" -> data.record(f[1], List.of(new JiraData.Change(f[2], f[3], f[4], f[5], f[6], f[7],
                        Instant.ofEpochMilli(Long.parseLong(f[8])))));
                case "delete" -> data.remove(f[1]);
                case "link" -> data.links().add(new JiraLinks.Link(f[1], f[2], f[3]));
                case "unlink" -> data.links().remove(new JiraLinks.Link(f[1], f[2], f[3]));
                default -> {
                    // a line of a later version: nothing this version can replay
                }
            }
        }
    }

    private static Double parse(String text) {
        return text == null ? null : Double.valueOf(text);
    }
}
