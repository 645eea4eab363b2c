package dev.northstar.okr.ui;

import dev.northstar.okr.cycle.CycleRepository;
import dev.northstar.okr.cycle.StoredCycle;
import dev.northstar.okr.settings.AppSettings;
import dev.northstar.okr.settings.SettingsService;
import dev.northstar.okr.schema.ItemStatus;
import dev.northstar.okr.schema.OkrSetup;
import dev.northstar.okr.schema.ProjectStatus;
import dev.northstar.okr.schema.SetupFailure;
import dev.northstar.okr.schema.SetupStatus;
import dev.northstar.okr.reading.FieldChoice;
import dev.northstar.okr.reading.IssueFacts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Builds the admin configuration page: the settings as the form shows them, what setup made in Jira, the fields the
 * app finds by name (with the candidates when several fields share the name), and the cycles. The page's script
 * saves through the REST API, which validates and answers translated field errors.
 */
final class AdminPages {
    private final SettingsService settings;
    private final OkrSetup setup;
    private final IssueFacts facts;
    private final CycleRepository cycles;

    AdminPages(SettingsService settings, OkrSetup setup, IssueFacts facts, CycleRepository cycles) {
        this.settings = settings;
        this.setup = setup;
        this.facts = facts;
        this.cycles = cycles;
    }

    AdminPage build(Instant now, ViewParts v) {
        AppSettings s = settings.current();
        AdminSettings form = new AdminSettings(text(s.paceOnTrack()), text(s.paceAtRisk()),
                text(s.justStartedBelow()), String.valueOf(s.staleDays()), String.join(", ", s.enabledProjects()),
                text(s.weightToDo()), text(s.weightInProgress()), text(s.weightDone()),
                List.of(hiddenIssues(AppSettings.HIDDEN_COUNT, s, v),
                        hiddenIssues(AppSettings.HIDDEN_LEAVE_OUT, s, v)));
        SetupStatus status = setup.status();
        List<SchemaItemRow> schema = new ArrayList<>();
        for (ItemStatus item : status.items()) {
            schema.add(new SchemaItemRow(v.t(item.i18nKey()), item.name() == null ? "-" : item.name(),
                    item.id() == null ? "-" : item.id(),
                    item.exists() ? v.t("okr.ui.admin.exists") : v.t("okr.ui.admin.missing"),
                    item.exists() ? "aui-lozenge-success" : "aui-lozenge-error"));
        }
        List<ProjectRow> projects = new ArrayList<>();
        for (ProjectStatus p : status.projects()) {
            String text = p.ready() ? v.t("okr.ui.admin.projectReady")
                    : !p.exists() ? v.t("okr.ui.admin.projectMissing") : v.t("okr.ui.admin.projectTypesMissing");
            projects.add(new ProjectRow(p.projectKey(), text, p.ready() ? "aui-lozenge-success" : "aui-lozenge-error"));
        }
        List<CycleRow> cycleRows = new ArrayList<>();
        for (StoredCycle c : cycles.list(null)) {
            // the page is for Jira administrators, who manage every cycle
            cycleRows.add(CyclePages.row(c, true, now, v));
        }
        AdminPaths paths = new AdminPaths(v.restPath("/settings"), v.restPath("/setup"),
                v.restPath("/setup/projects/"), v.restPath("/cycles"));
        return new AdminPage(form, field("storyPointsField", s.storyPointsField(), facts::storyPointsField, v),
                field("sprintField", s.sprintField(), facts::sprintField, v), schema,
                status.complete() ? v.t("okr.ui.admin.setupComplete") : v.t("okr.ui.admin.setupIncomplete"),
                status.complete() ? "aui-lozenge-success" : "aui-lozenge-error",
                setup.lastFailure().map(failure -> problem(failure, v)).orElse(null), projects, cycleRows, paths);
    }

    /** The last setup failure in the admin's words: when it happened, the error, and a hint for a linkage error. */
    private static String problem(SetupFailure failure, ViewParts v) {
        String during = failure.during();
        String text = during.startsWith("upgrade-")
                ? v.t("okr.ui.admin.setupFailedInUpgrade", during.substring("upgrade-".length()), failure.error())
                : SetupFailure.START.equals(during) ? v.t("okr.ui.admin.setupFailedOnStart", failure.error())
                : v.t("okr.ui.admin.setupFailedOnRequest", failure.error());
        boolean linkage = failure.error().startsWith("java.lang.NoSuchMethodError")
                || failure.error().startsWith("java.lang.NoSuchFieldError")
                || failure.error().startsWith("java.lang.NoClassDefFoundError")
                || failure.error().startsWith("java.lang.AbstractMethodError")
                || failure.error().startsWith("java.lang.IncompatibleClassChangeError");
        return linkage ? text + " " + v.t("okr.ui.admin.setupLinkageHint") : text;
    }

    private static Option hiddenIssues(String choice, AppSettings s, ViewParts v) {
        return new Option(choice, v.t("okr.ui.admin.hiddenIssues." + choice), choice.equals(s.hiddenIssues()));
    }

    /**
     * The choice of a field the app finds by name: "find by name", then the field found or every field sharing the
     * name, and the administrator's current choice; with the reason when neither works.
     */
    private static FieldChoiceView field(String setting, String chosen, Function<String, FieldChoice> lookup,
                                         ViewParts v) {
        FieldChoice byName = lookup.apply("");
        List<Option> options = new ArrayList<>();
        options.add(new Option("", v.t("okr.ui.admin.field.byName"), chosen.isEmpty()));
        List<String> ids = new ArrayList<>(byName.ok() ? List.of(byName.id()) : byName.candidates());
        if (!chosen.isEmpty() && !ids.contains(chosen)) {
            ids.add(chosen);
        }
        for (String id : ids) {
            options.add(new Option(id, id, id.equals(chosen)));
        }
        String problem = null;
        if (chosen.isEmpty() && !byName.ok()) {
            problem = v.t(byName.problem().messageKey(), byName.messageArguments());
        } else if (!chosen.isEmpty()) {
            FieldChoice current = lookup.apply(chosen);
            problem = current.ok() ? null : v.t(current.problem().messageKey(), current.messageArguments());
        }
        return new FieldChoiceView(setting, options, problem);
    }

    /** A setting as the form's text field shows it: plain digits with a dot, as JSON numbers are written. */
    private static String text(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.valueOf(value);
    }
}
