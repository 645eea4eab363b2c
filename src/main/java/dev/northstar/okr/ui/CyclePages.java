package dev.northstar.okr.ui;

import dev.northstar.okr.cycle.CycleService;
import dev.northstar.okr.cycle.StoredCycle;
import dev.northstar.okr.host.Access;
import dev.northstar.okr.host.Caller;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds a project's cycles page, and the cycle rows it shares with the admin page: each row says what the viewer
 * may do with the cycle (change, close, delete: the REST API decides again on every request), so the template shows
 * only those buttons.
 */
final class CyclePages {
    static final String PAGE = "/plugins/servlet/northstar-okr/cycles";

    private final CycleService cycles;
    private final Access access;

    CyclePages(CycleService cycles, Access access) {
        this.cycles = cycles;
        this.access = access;
    }

    /**
     * @param projects   projects with OKRs the caller may browse, for the picker
     * @param projectKey the project asked for (any project the caller may browse), or null
     */
    CyclesPage build(Caller caller, List<String> projects, String projectKey, Instant now, ViewParts v) {
        String asked = projectKey == null || projectKey.isBlank() ? null : projectKey.strip().toUpperCase(Locale.ROOT);
        String project = asked == null ? (projects.size() == 1 ? projects.get(0) : null)
                : access.canBrowseProject(caller, asked) ? asked : null;
        List<Option> options = new ArrayList<>();
        if (project == null) {
            options.add(new Option("", v.t("okr.ui.cycles.chooseProject"), true));
        }
        projects.forEach(p -> options.add(new Option(p, p, p.equals(project))));
        if (project != null && !projects.contains(project)) {
            options.add(new Option(project, project, true));
        }
        String pagePath = v.contextPath() + PAGE;
        if (project == null) {
            // a project the caller may not browse looks like one that does not exist
            String message = asked != null ? v.t("okr.error.projectNotFound", asked)
                    : projects.isEmpty() ? v.t("okr.ui.overview.noProjects") : v.t("okr.ui.cycles.chooseProject");
            return new CyclesPage(null, pagePath, options, message, List.of(), null, null, null, null);
        }
        boolean manager = cycles.mayManage(caller, project);
        boolean admin = cycles.mayManage(caller, null);
        List<CycleRow> rows = new ArrayList<>();
        boolean anyGlobal = false;
        for (StoredCycle c : cycles.list(caller, project)) {
            anyGlobal |= c.global();
            rows.add(row(c, cycles.mayManage(caller, c.projectKey()), now, v));
        }
        return new CyclesPage(project, pagePath, options, null, rows,
                rows.isEmpty() ? v.t("okr.ui.cycles.empty") : null,
                manager ? v.restPath("/cycles") : null,
                manager ? null : v.t("okr.ui.cycles.manageNote", project),
                anyGlobal && !admin ? v.t("okr.ui.cycles.globalNote") : null);
    }

    /** A cycle as a row of the admin page or a cycles page, with the actions of someone who may or may not manage it. */
    static CycleRow row(StoredCycle c, boolean manage, Instant now, ViewParts v) {
        Formats f = v.formats();
        boolean upcoming = now.isBefore(c.cycle().start());
        String name = c.cycle().name();
        String rest = v.restPath("/cycles/" + c.id());
        boolean change = manage && !c.closed();
        CycleRow.Actions actions = new CycleRow.Actions(String.valueOf(c.id()), day(c.cycle().start()),
                day(c.cycle().end().minusNanos(1)), change ? rest : null, change ? rest + "/close" : null,
                manage ? rest : null, v.contextPath() + GradingPages.PAGE + "?cycleId=" + c.id(), c.closed(),
                v.t("okr.ui.cycles.closeQuestion", name), v.t("okr.ui.cycles.deleteQuestion", name));
        return new CycleRow(name, f.date(c.cycle().start()), f.lastDay(c.cycle().end()),
                c.global() ? v.t("okr.ui.admin.cycleGlobal") : c.projectKey(),
                c.closed() ? v.t("okr.ui.cycle.closed") : upcoming ? v.t("okr.ui.cycle.upcoming")
                        : v.t("okr.ui.cycle.open"),
                c.closed() ? "aui-lozenge-subtle" : upcoming ? "aui-lozenge-complete" : "aui-lozenge-current", actions);
    }

    /** The UTC calendar day of an instant, as a date field holds it. */
    private static String day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
    }
}
