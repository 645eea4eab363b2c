package dev.northstar.okr.reading;

import dev.northstar.okr.domain.CheckIn;
import dev.northstar.okr.domain.IssueKey;
import dev.northstar.okr.domain.IssueTable;
import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.progress.IssueEvidence;
import dev.northstar.okr.progress.KeyResultProgress;
import dev.northstar.okr.progress.Measurement;
import dev.northstar.okr.progress.MetricReading;
import dev.northstar.okr.progress.Scope;
import dev.northstar.okr.reading.SinceLastCheckIn.IssueList;
import dev.northstar.okr.reading.SinceLastCheckIn.Movement;
import dev.northstar.okr.reading.SinceLastCheckIn.Window;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The evidence a check-in starts from, measured by the engine on a key result loaded as the caller may see it: its
 * progress at the last check-in and now, the issues in its scope completed since, and the issues that entered or
 * left its scope since. Which issues left is known only from the scope recorded with the last check-in; without one
 * (the first check-in, or one made before scopes were recorded) the issues created since are those that entered.
 * Issues the caller may not browse are counted, never named; when the administrator leaves them out of the caller's
 * figures, they are left out here too.
 */
final class SinceLastCheckIns {
    private final Loaded loaded;
    private final String krKey;
    private final boolean leaveOut;
    private final Function<Collection<String>, Set<String>> browsable;

    /**
     * @param browsable which of some keys the caller may browse: asked only about issues no longer in scope, which
     *                  the view's own visibility did not cover
     */
    SinceLastCheckIns(Loaded loaded, String krKey, boolean leaveOut,
                      Function<Collection<String>, Set<String>> browsable) {
        this.loaded = loaded;
        this.krKey = krKey;
        this.leaveOut = leaveOut;
        this.browsable = browsable;
    }

    /** The keys of the issues in the key result's scope as loaded (none for a metric or a key result in error). */
    static List<String> scopeKeys(Loaded loaded, String krKey) {
        Scope scope = loaded.resolved().scope(krKey);
        IssueTable table = loaded.engine().table();
        List<String> keys = new ArrayList<>(scope.size());
        for (int i = 0; i < scope.size(); i++) {
            if (table.present(scope.row(i))) {
                keys.add(table.key(scope.row(i)));
            }
        }
        return keys;
    }

    /**
     * @param last     the last check-in, null before the first
     * @param recorded the scope recorded with it; empty when none was
     * @param valueUse what a value reported with a check-in is for ({@link SinceLastCheckIn#valueUse()})
     */
    SinceLastCheckIn since(Instant cycleStart, Measurement at, CheckIn last, Optional<List<String>> recorded,
                           String valueUse) {
        Instant until = at.at();
        Instant since = last == null ? cycleStart : last.time();
        Instant then = since.isAfter(until) ? until : since;
        KeyResultProgress now = loaded.engine().evaluate(loaded.resolved(), until, true).keyResult(krKey);
        KeyResultProgress before = loaded.engine().evaluate(loaded.resolved(), then, false).keyResult(krKey);
        boolean measured = now.kind() != null && now.error() == null;
        KeyResultValues values = loaded.values().get(krKey);
        Movement movement = new Movement(measured ? before.progress() : null, measured ? now.progress() : null,
                value(before.metric()), value(now.metric()),
                now.metric() == null || values == null || values.unit().isBlank() ? null : values.unit());
        Window window = new Window(ViewValues.iso(since), last == null ? "cycle-start" : "last-check-in",
                ViewValues.iso(until), at.basis().id(), last == null ? null : last.confidence(),
                last == null ? null : last.author());
        String kind = now.kind() == null ? null : now.kind().id();
        if (now.kind() == null || now.kind() == KeyResultKind.METRIC) {
            return new SinceLastCheckIn(krKey, kind, valueUse, window, movement, null, null, null, "none");
        }
        List<IssueEvidence> evidence = now.explanation().evidence();
        IssueList completed = named(evidence.stream()
                .filter(e -> e.asOf().done() && e.dates().doneAt() != null && e.dates().doneAt().isAfter(since))
                .sorted(Comparator.comparing((IssueEvidence e) -> e.dates().doneAt())
                        .thenComparing(IssueEvidence::key, IssueKey.KEY_ORDER))
                .map(IssueEvidence::key).toList());
        if (recorded.isEmpty()) {
            IssueList created = named(evidence.stream()
                    .filter(e -> e.asOf().inScope() && e.dates().created().isAfter(since))
                    .map(IssueEvidence::key).sorted(IssueKey.KEY_ORDER).toList());
            return new SinceLastCheckIn(krKey, kind, valueUse, window, movement, completed, created, null, "created");
        }
        Set<String> was = new HashSet<>(recorded.get());
        List<String> scopeNow = scopeKeys(loaded, krKey);
        IssueList entered = named(evidence.stream().filter(e -> e.asOf().inScope() && !was.contains(e.key()))
                .map(IssueEvidence::key).sorted(IssueKey.KEY_ORDER).toList());
        Set<String> gone = new TreeSet<>(IssueKey.KEY_ORDER);
        gone.addAll(was);
        scopeNow.forEach(gone::remove);
        return new SinceLastCheckIn(krKey, kind, valueUse, window, movement, completed, entered, left(gone),
                "recorded");
    }

    private static Double value(MetricReading metric) {
        return metric == null ? null : metric.value();
    }

    /** Issues of the scope now: the view's own visibility knows each of them. */
    private IssueList named(List<String> keys) {
        List<String> visible = new ArrayList<>();
        int hidden = 0;
        for (String key : keys) {
            if (loaded.hidden(key)) {
                hidden++;
            } else {
                visible.add(key);
            }
        }
        return new IssueList(visible, hidden);
    }

    /**
     * Issues no longer in scope, asked about for the caller in one read. An issue deleted since cannot be browsed
     * either: it is counted with the hidden ones. With hidden issues left out of the caller's figures, an issue they
     * may not browse was never in their scope, so it did not leave it.
     */
    private IssueList left(Set<String> gone) {
        if (gone.isEmpty()) {
            return new IssueList(List.of(), 0);
        }
        Set<String> mayBrowse = browsable.apply(gone);
        List<String> visible = gone.stream().filter(mayBrowse::contains).toList();
        return new IssueList(visible, leaveOut ? 0 : gone.size() - visible.size());
    }
}
