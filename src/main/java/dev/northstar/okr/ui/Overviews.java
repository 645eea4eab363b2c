package dev.northstar.okr.ui;

import dev.northstar.okr.errors.RefusedException;
import dev.northstar.okr.cycle.StoredCycle;
import dev.northstar.okr.reading.OkrReadService;
import dev.northstar.okr.reading.OkrViews.KeyResultView;
import dev.northstar.okr.reading.OkrViews.ObjectiveTree;
import dev.northstar.okr.reading.OkrViews.ObjectiveView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Builds the OKR overview of a cycle: focus metrics first, then the alignment tree of every project shown, each
 * objective with a trend chart of its as-of progress at the cycle's week boundaries.
 */
final class Overviews {
    static final String PAGE = "/plugins/servlet/northstar-okr/overview";

    private final OkrReadService read;

    Overviews(OkrReadService read) {
        this.read = read;
    }

    /**
     * @param projects projects with OKRs the caller may browse
     * @param cycles   cycles the caller may see in those projects, newest first
     * @param cycleId  the chosen cycle, or null for the current one
     * @param project  a project filter already checked against {@code projects}, or null for all
     * @param owner    an owner filter, or null for all
     */
    OverviewPage build(List<String> projects, List<StoredCycle> cycles, Long cycleId, String project, String owner,
                       Instant now, ViewParts v) {
        Optional<StoredCycle> chosen = choose(cycles, cycleId, now);
        List<Option> cycleOptions = cycles.stream().map(c -> new Option(String.valueOf(c.id()), c.cycle().name(),
                chosen.isPresent() && chosen.get().id() == c.id())).toList();
        List<Option> projectOptions = new ArrayList<>();
        projectOptions.add(new Option("", v.t("okr.ui.overview.allProjects"), project == null));
        projects.forEach(p -> projectOptions.add(new Option(p, p, p.equals(project))));
        if (projects.isEmpty() || chosen.isEmpty()) {
            OverviewFilters filters = new OverviewFilters(v.contextPath() + PAGE, cycleOptions, projectOptions,
                    List.of(new Option("", v.t("okr.ui.overview.allOwners"), true)));
            return new OverviewPage(filters, projects.isEmpty() ? v.t("okr.ui.overview.noProjects")
                    : v.t("okr.ui.overview.noCycles"), null, null, List.of(), List.of(), null, null, List.of());
        }
        StoredCycle cycle = chosen.get();
        // a closed cycle's rows carry the grades given at its close
        v = v.gradedIn(cycle.id(), cycle.closed());
        Formats f = v.formats();
        String cycleText = cycle.closed() ? v.t("okr.ui.cycle.closedText", cycle.cycle().name())
                : now.isBefore(cycle.cycle().start()) ? v.t("okr.ui.cycle.upcomingText", f.date(cycle.cycle().start()))
                : v.t("okr.ui.cycle.openText", cycle.cycle().name(), f.date(cycle.cycle().start()),
                f.lastDay(cycle.cycle().end()));

        List<ObjectiveView> roots = new ArrayList<>();
        Map<String, Series> series = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        int hidden = 0;
        String timing = null;
        for (String p : projects) {
            boolean inScope = (project == null || project.equals(p))
                    && (cycle.global() || cycle.projectKey().equals(p));
            if (!inScope) {
                continue;
            }
            try {
                // the weeks up to the instant the tree's figures are measured at: the last point is the headline
                List<Instant> weeks = new ArrayList<>();
                OkrReadService.TreeAndSeries both = read.objectiveTreeAndSeries(cycle.id(), p, at -> {
                    weeks.addAll(Charts.weeks(cycle.cycle().start(), cycle.cycle().end(), at));
                    return weeks;
                });
                ObjectiveTree tree = both.tree();
                timing = timing != null ? timing : v.figuresLine(tree.cycle(), tree.asOf(), tree.figuresAt());
                roots.addAll(tree.objectives());
                hidden += tree.hiddenObjectives();
                warnings.addAll(tree.warnings());
                if (!weeks.isEmpty() && !tree.objectives().isEmpty()) {
                    both.series().progress().forEach((key, values) -> series.put(key, new Series(weeks, values)));
                }
            } catch (RefusedException cannot) {
                warnings.add(v.t(cannot.messageKey(), cannot.arguments()));
            }
        }
        TreeSet<String> owners = new TreeSet<>();
        collectOwners(roots, owners);
        List<Option> ownerOptions = new ArrayList<>();
        ownerOptions.add(new Option("", v.t("okr.ui.overview.allOwners"), owner == null));
        owners.forEach(o -> ownerOptions.add(new Option(o, o, o.equals(owner))));

        List<ObjectiveView> shown = owner == null ? roots : ownedBy(roots, owner);
        List<ObjectiveRow> rows = new ArrayList<>();
        List<KeyResultRow> focus = new ArrayList<>();
        flatten(shown, 0, cycle, series, rows, focus, v);
        String empty = rows.isEmpty() ? (owner == null ? v.t("okr.ui.overview.empty")
                : v.t("okr.ui.overview.noneForOwner", owner)) : null;
        OverviewFilters filters = new OverviewFilters(v.contextPath() + PAGE, cycleOptions, projectOptions,
                ownerOptions);
        return new OverviewPage(filters, null, cycle.cycle().name(),
                timing == null ? cycleText : cycleText + " \u00b7 " + timing, focus, rows, empty,
                hidden > 0 ? v.t("okr.ui.overview.hiddenObjectives", hidden) : null, warnings);
    }

    /** The chosen cycle when visible, else the one running now, else the latest that started, else the newest. */
    static Optional<StoredCycle> choose(List<StoredCycle> cycles, Long cycleId, Instant now) {
        if (cycleId != null) {
            Optional<StoredCycle> named = cycles.stream().filter(c -> c.id() == cycleId).findFirst();
            if (named.isPresent()) {
                return named;
            }
        }
        Optional<StoredCycle> running = cycles.stream()
                .filter(c -> !now.isBefore(c.cycle().start()) && now.isBefore(c.cycle().end()))
                .max(Comparator.comparing((StoredCycle c) -> c.cycle().start()));
        if (running.isPresent()) {
            return running;
        }
        Optional<StoredCycle> started = cycles.stream().filter(c -> !now.isBefore(c.cycle().start()))
                .max(Comparator.comparing((StoredCycle c) -> c.cycle().start()));
        return started.isPresent() ? started : cycles.stream().findFirst();
    }

    private static void collectOwners(List<ObjectiveView> level, TreeSet<String> owners) {
        for (ObjectiveView o : level) {
            if (o.owner() != null && !o.owner().isBlank()) {
                owners.add(o.owner());
            }
            collectOwners(o.contents().children(), owners);
        }
    }

    /** The objectives owned by {@code owner}, each with what aligns to it, wherever they sit in the tree. */
    private static List<ObjectiveView> ownedBy(List<ObjectiveView> level, String owner) {
        List<ObjectiveView> found = new ArrayList<>();
        for (ObjectiveView o : level) {
            if (owner.equals(o.owner())) {
                found.add(o);
            } else {
                found.addAll(ownedBy(o.contents().children(), owner));
            }
        }
        return found;
    }

    /** An objective's progress as of each instant of its chart. */
    private record Series(List<Instant> at, List<Double> progress) {
    }

    private static void flatten(List<ObjectiveView> level, int depth, StoredCycle cycle, Map<String, Series> series,
                                List<ObjectiveRow> rows, List<KeyResultRow> focus, ViewParts v) {
        for (ObjectiveView o : level) {
            Series s = o.key() == null ? null : series.get(o.key());
            TrendChart chart = null;
            if (s != null && !s.progress().isEmpty()) {
                // the last point is the figure the row shows, whatever a second read of Jira might have found
                List<Double> points = new ArrayList<>(s.progress());
                points.set(points.size() - 1, o.figures().progress());
                chart = Charts.trend(cycle.cycle().start(), cycle.cycle().end(), s.at(), points, v);
            }
            rows.add(v.objective(o, depth, true, chart));
            for (KeyResultView k : o.contents().keyResults()) {
                if (k.focusMetric()) {
                    focus.add(v.keyResult(k, o.title()));
                }
            }
            flatten(o.contents().children(), depth + 1, cycle, series, rows, focus, v);
        }
    }
}
