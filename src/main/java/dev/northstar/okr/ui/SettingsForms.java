package dev.northstar.okr.ui;

import dev.northstar.okr.cycle.CycleService;
import dev.northstar.okr.cycle.StoredCycle;
import dev.northstar.okr.domain.Direction;
import dev.northstar.okr.domain.Initiative;
import dev.northstar.okr.domain.InitiativeScope;
import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.host.Access;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.keyresult.KeyResultSettings;
import dev.northstar.okr.keyresult.KeyResultSettingsRepository;
import dev.northstar.okr.keyresult.MetricFrom;
import dev.northstar.okr.keyresult.StatusWeights;
import dev.northstar.okr.objective.ObjectiveSettings;
import dev.northstar.okr.objective.ObjectiveSettingsRepository;
import dev.northstar.okr.reading.OkrIssue;
import dev.northstar.okr.reading.OkrViews.InitiativeView;
import dev.northstar.okr.settings.AppSettings;
import dev.northstar.okr.settings.SettingsService;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The settings forms of the issue panels, filled with what is stored: an objective's cycle, commitment, owner and
 * weight; how a key result is measured; each initiative's rating. Every form saves through the REST API, which
 * validates and answers with the translated message next to the field. A form is only for those who may edit the
 * issue (as the REST API requires); the others get a line saying why there is none.
 */
public class SettingsForms {
    /** Impact and effort: 0 for not scored, then 1 to 5. */
    private static final int MAX_SCORE = 5;

    private final KeyResultSettingsRepository keyResults;
    private final ObjectiveSettingsRepository objectives;
    private final CycleService cycles;
    private final SettingsService settings;
    private final Access access;

    public SettingsForms(KeyResultSettingsRepository keyResults, ObjectiveSettingsRepository objectives,
                         CycleService cycles, SettingsService settings, Access access) {
        this.keyResults = keyResults;
        this.objectives = objectives;
        this.cycles = cycles;
        this.settings = settings;
        this.access = access;
    }

    /**
     * The objective's form. Its cycles are the open ones the objective's project may use (the project's own and the
     * global ones the caller may see), with the objective's own cycle kept in the list even when closed; a cycle the
     * caller may not see is offered as "keep its cycle", which sends no cycle. Open at once for an objective never
     * configured: until it has a cycle nothing is measured.
     */
    ObjectiveSettingsForm objective(Caller caller, OkrIssue issue, ViewParts v) {
        String key = issue.key();
        if (caller == null || !access.canEditIssue(caller, key)) {
            return ObjectiveSettingsForm.locked(key, v.t("okr.ui.objectiveSettings.locked", key));
        }
        Optional<ObjectiveSettings> stored = objectives.find(key);
        Long current = stored.map(ObjectiveSettings::cycleId).orElse(null);
        List<StoredCycle> open = cycles.list(caller, issue.projectKey()).stream().filter(c -> !c.closed()).toList();
        List<Option> options = new ArrayList<>();
        if (current == null) {
            options.add(new Option("", v.t("okr.ui.objectiveSettings.chooseCycle"), true));
        } else if (open.stream().noneMatch(c -> c.id() == current)) {
            Optional<StoredCycle> own = cycles.find(current).filter(c -> cycles.mayView(caller, c));
            options.add(own.map(c -> cycleOption(c, true, v))
                    .orElseGet(() -> new Option("", v.t("okr.ui.objectiveSettings.hiddenCycle"), true)));
        }
        open.forEach(c -> options.add(cycleOption(c, current != null && c.id() == current, v)));
        boolean committed = stored.map(ObjectiveSettings::committed).orElse(false);
        List<Option> commitments = List.of(
                new Option("false", v.t("okr.ui.objective.aspirational"), !committed),
                new Option("true", v.t("okr.ui.objective.committed"), committed));
        return new ObjectiveSettingsForm(key, v.restPath("/objectives/" + key + "/settings"), stored.isPresent(),
                options, open.isEmpty() ? v.t("okr.ui.objectiveSettings.noCycles", issue.projectKey()) : null,
                commitments, stored.map(ObjectiveSettings::owner).orElse(""),
                plain(stored.map(s -> s.weight().value()).orElse(1.0)));
    }

    private static Option cycleOption(StoredCycle c, boolean selected, ViewParts v) {
        Formats f = v.formats();
        String label = c.closed() ? v.t("okr.ui.objectiveSettings.cycleClosed", c.cycle().name())
                : v.t("okr.ui.objectiveSettings.cycleOption", c.cycle().name(), f.date(c.cycle().start()),
                f.lastDay(c.cycle().end()));
        return new Option(Long.toString(c.id()), label, selected);
    }

    /** The key result's form, with the stored settings or the defaults; open at once for one never configured. */
    KeyResultSettingsForm keyResult(Caller caller, String key, ViewParts v) {
        if (caller == null || !access.canEditIssue(caller, key)) {
            return KeyResultSettingsForm.locked(key, v.t("okr.ui.krSettings.locked", key));
        }
        Optional<KeyResultSettings> stored = keyResults.find(key);
        KeyResultSettings s = stored.orElseGet(() -> KeyResultSettings.defaults(key));
        List<Option> kinds = new ArrayList<>();
        for (KeyResultKind kind : KeyResultKind.values()) {
            kinds.add(new Option(kind.id(), v.kindLabel(kind.id()), kind == s.kind()));
        }
        List<Option> directions = new ArrayList<>();
        for (Direction direction : Direction.values()) {
            String id = id(direction);
            directions.add(new Option(id, v.directionLabel(id), direction == s.goal().direction()));
        }
        List<Option> sources = new ArrayList<>();
        for (MetricFrom from : MetricFrom.values()) {
            String id = id(from);
            sources.add(new Option(id, v.t("okr.ui.krSettings.metricFrom." + id), from == s.source().metricFrom()));
        }
        KeyResultMetricFields metric = new KeyResultMetricFields(directions, optional(s.goal().low()),
                optional(s.goal().high()), sources, s.source().aggregateField());
        String base = "/keyresults/" + key;
        return new KeyResultSettingsForm(key, new KeyResultSettingsForm.Paths(v.restPath(base + "/settings"),
                v.restPath(base + "/jql-preview")), stored.isPresent(), kinds, plain(s.weight().value()),
                s.source().jql(), metric, credit(s.statusWeights(), v), s.focusMetric());
    }

    /** The admin's default (naming its weights) or the key result's own weights, filled with whichever applies. */
    private StatusCreditFields credit(StatusWeights own, ViewParts v) {
        AppSettings.DefaultCredit d = settings.current().defaultCredit();
        String defaults = v.t("okr.ui.krSettings.creditWeights", plain(d.weightToDo()), plain(d.weightInProgress()),
                plain(d.weightDone()));
        List<Option> choices = List.of(
                new Option("default", v.t("okr.ui.krSettings.credit.default", defaults), own == null),
                new Option("own", v.t("okr.ui.krSettings.credit.own"), own != null));
        return own == null
                ? new StatusCreditFields(choices, plain(d.weightToDo()), plain(d.weightInProgress()),
                        plain(d.weightDone()))
                : new StatusCreditFields(choices, plain(own.toDo()), plain(own.inProgress()), plain(own.done()));
    }

    /** The inline rating of one initiative of key result {@code keyResultKey}, for its editors. */
    static InitiativeRating rating(String keyResultKey, InitiativeView i, ViewParts v) {
        List<Option> scopes = new ArrayList<>();
        for (InitiativeScope scope : InitiativeScope.values()) {
            String id = id(scope);
            scopes.add(new Option(id, v.scopeLabel(id), id.equals(i.scope())));
        }
        return new InitiativeRating(v.restPath("/keyresults/" + keyResultKey + "/initiatives/" + i.key()), scopes,
                scores(i.impact(), v), scores(i.effort(), v));
    }

    private static List<Option> scores(int chosen, ViewParts v) {
        List<Option> scores = new ArrayList<>();
        scores.add(new Option("0", v.t("okr.ui.rating.unscored"), chosen == 0));
        for (int score = 1; score <= MAX_SCORE; score++) {
            scores.add(new Option(Integer.toString(score), Integer.toString(score), score == chosen));
        }
        return scores;
    }

    /** An initiative as the read service shows it, as the domain ranks it ({@link Initiative#BY_PRIORITY}). */
    static Initiative ranked(InitiativeView i) {
        InitiativeScope scope = InitiativeScope.valueOf(i.scope().toUpperCase(Locale.ROOT).replace('-', '_'));
        return new Initiative(i.key(), scope, i.impact(), i.effort());
    }

    /** The REST API's name of a stored enumeration: {@code jql-sum}, {@code nice-to-have}. */
    private static String id(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String optional(Double value) {
        return value == null ? "" : plain(value);
    }

    /** A number as a form's text field shows it: plain digits with a dot, as JSON numbers are written. */
    static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }
}
