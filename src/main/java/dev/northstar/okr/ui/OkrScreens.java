package dev.northstar.okr.ui;

import dev.northstar.okr.checkin.CheckInService;
import dev.northstar.okr.cycle.CycleRepository;
import dev.northstar.okr.cycle.CycleService;
import dev.northstar.okr.cycle.StoredCycle;
import dev.northstar.okr.grade.GradeRepository;
import dev.northstar.okr.host.Access;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.host.PagePaths;
import dev.northstar.okr.host.Texts;
import dev.northstar.okr.objective.ObjectiveSettingsRepository;
import dev.northstar.okr.settings.SettingsService;
import dev.northstar.okr.schema.OkrSchemaStore;
import dev.northstar.okr.schema.OkrSetup;
import dev.northstar.okr.reading.IssueFacts;
import dev.northstar.okr.reading.OkrReadService;
import dev.northstar.okr.reading.OkrStructure;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every screen of the app as a template and its view model. Permissions are checked here, through {@link Access},
 * before anything is read: a panel the caller may not see is empty, a page shows only the projects and cycles they
 * may browse. Figures come from the read service as they are; this class only words and arranges them.
 *
 * <p>Templates get two things: {@code view}, the screen's view model, and {@code text}, its fixed labels in the
 * caller's language. Nothing else, and no service.
 */
public class OkrScreens implements Screens {
    public static final String KEY_RESULT_PANEL = "templates/okr/keyresult-panel.vm";
    public static final String OBJECTIVE_PANEL = "templates/okr/objective-panel.vm";
    public static final String INITIATIVE_PANEL = "templates/okr/initiative-panel.vm";
    public static final String SPRINT_REVIEW_PAGE = "templates/okr/sprint-review.vm";
    public static final String OVERVIEW_PAGE = "templates/okr/overview.vm";
    public static final String ADMIN_PAGE = "templates/okr/admin.vm";
    public static final String CYCLES_PAGE = "templates/okr/cycles.vm";
    public static final String GRADING_PAGE = "templates/okr/grading.vm";

    private final PanelRules rules;
    private final KeyResultPanels keyResults;
    private final ObjectivePanels objectives;
    private final InitiativePanels initiatives;
    private final SprintReviews reviews;
    private final Overviews overviews;
    private final AdminPages admin;
    private final CyclePages cyclePages;
    private final GradingPages grading;
    private final GradeRepository grades;
    private final SettingsService settings;
    private final CycleService cycles;
    private final OkrSchemaStore schemas;
    private final Access access;
    private final Texts texts;
    private final PagePaths paths;
    private final Clock clock;
    private final SettingsForms forms;
    private final AuthoringForms authoring;
    private final OkrStructure structure;

    public OkrScreens(OkrReadService read, CheckInService checkIns, SettingsService settings, CycleService cycles,
                      CycleRepository cycleRepository, ObjectiveSettingsRepository objectiveSettings,
                      GradeRepository grades, OkrSchemaStore schemas, OkrStructure structure, IssueFacts facts,
                      OkrSetup setup, PanelRules rules, Access access, Texts texts, PagePaths paths, Clock clock,
                      SettingsForms forms, AuthoringForms authoring) {
        this.rules = rules;
        this.keyResults = new KeyResultPanels(read, checkIns, structure);
        this.objectives = new ObjectivePanels(read, objectiveSettings, cycleRepository, grades, structure);
        this.initiatives = new InitiativePanels(read, structure);
        this.reviews = new SprintReviews(read);
        this.overviews = new Overviews(read);
        this.admin = new AdminPages(settings, setup, facts, cycleRepository);
        this.cyclePages = new CyclePages(cycles, access);
        this.grading = new GradingPages(read, cycles, grades, access);
        this.grades = grades;
        this.settings = settings;
        this.cycles = cycles;
        this.schemas = schemas;
        this.access = access;
        this.texts = texts;
        this.paths = paths;
        this.clock = clock;
        this.forms = forms;
        this.authoring = authoring;
        this.structure = structure;
    }

    @Override
    public Optional<Screen> keyResultPanel(Caller caller, String issueKey) {
        if (!rules.showsKeyResultPanel(caller, issueKey)) {
            return Optional.empty();
        }
        ViewParts v = parts(caller);
        boolean canEdit = access.canEditIssue(caller, issueKey);
        KeyResultPanel panel = keyResults.build(issueKey, canEdit, v).withSettings(forms.keyResult(caller, issueKey, v));
        return Optional.of(screen(KEY_RESULT_PANEL, panel.withWriteControls(authoring.values(issueKey, canEdit, v),
                structure.issue(issueKey).map(issue -> authoring.initiatives(issue, v)).orElse(null))));
    }

    @Override
    public Optional<Screen> objectivePanel(Caller caller, String issueKey) {
        String type = schemas.current().objectiveTypeId();
        return rules.ofType(caller, issueKey, type).map(issue -> {
            ViewParts v = parts(caller);
            ObjectivePanel panel = objectives.build(issue, schemas.current(), v)
                    .withSettings(forms.objective(caller, issue, v));
            return screen(OBJECTIVE_PANEL, panel.withAlignmentControls(
                    authoring.alignment(issue, panel.getAlignment(), v)));
        });
    }

    @Override
    public Optional<Screen> initiativePanel(Caller caller, String issueKey) {
        return rules.initiative(caller, issueKey).map(issue -> {
            ViewParts v = parts(caller);
            return screen(INITIATIVE_PANEL, initiatives.build(issue, schemas.current(), v)
                    .withDriveControls(authoring.drives(issue, v)));
        });
    }

    @Override
    public Screen sprintReviewPage(Caller caller, String projectKey, Long boardId, Long sprintId) {
        List<String> projects = new ArrayList<>(projects(caller));
        String project = chosen(projects, projectKey);
        if (project == null && caller != null && projectKey != null && !projectKey.isBlank()) {
            // the board may be found through the team's own project (a board's tools menu links with it): the review
            // is the sprint's, whatever the project, so any project the caller may browse will do
            String key = projectKey.strip().toUpperCase(Locale.ROOT);
            if (access.canBrowseProject(caller, key)) {
                projects.add(key);
                project = key;
            }
        }
        ViewParts v = parts(caller);
        if (projectKey != null && !projectKey.isBlank() && project == null) {
            // a project the caller may not browse looks like one that does not exist
            SprintReviewPage page = reviews.build(projects, null, boardId, null, v);
            return screen(SPRINT_REVIEW_PAGE, new SprintReviewPage(page.getPicker(),
                    v.t("okr.error.projectNotFound", projectKey), null, null, List.of(), null, null, List.of(), null,
                    null));
        }
        return screen(SPRINT_REVIEW_PAGE, reviews.build(projects, project, boardId, sprintId, v));
    }

    @Override
    public Screen overviewPage(Caller caller, Long cycleId, String projectKey, String owner) {
        List<String> projects = projects(caller);
        Map<Long, StoredCycle> visible = new LinkedHashMap<>();
        for (String p : projects) {
            cycles.list(caller, p).forEach(c -> visible.putIfAbsent(c.id(), c));
        }
        List<StoredCycle> sorted = new ArrayList<>(visible.values());
        sorted.sort(Comparator.comparing((StoredCycle c) -> c.cycle().start()).reversed());
        String ownerFilter = owner == null || owner.isBlank() ? null : owner.strip();
        ViewParts v = parts(caller);
        String project = chosen(projects, projectKey);
        OverviewPage page = overviews.build(projects, sorted, cycleId, project, ownerFilter, clock.instant(), v);
        ObjectiveForm form = caller == null ? null : authoring.objectiveForm(caller, projects, sorted, project,
                Overviews.choose(sorted, cycleId, clock.instant()).orElse(null), page.getObjectives().isEmpty(), v);
        return screen(OVERVIEW_PAGE, page.withObjectiveForm(form));
    }

    @Override
    public Optional<Screen> adminPage(Caller caller) {
        if (caller == null || !access.isAdministrator(caller)) {
            return Optional.empty();
        }
        return Optional.of(screen(ADMIN_PAGE, admin.build(clock.instant(), parts(caller))));
    }

    @Override
    public Screen cyclesPage(Caller caller, String projectKey) {
        return screen(CYCLES_PAGE, cyclePages.build(caller, projects(caller), projectKey, clock.instant(),
                parts(caller)));
    }

    @Override
    public Screen gradingPage(Caller caller, Long cycleId) {
        return screen(GRADING_PAGE, grading.build(caller, projects(caller), cycleId, clock.instant(), parts(caller)));
    }

    /** Projects with OKRs enabled that the caller may browse, in key order. */
    private List<String> projects(Caller caller) {
        if (caller == null) {
            return List.of();
        }
        return settings.current().enabledProjects().stream().filter(p -> access.canBrowseProject(caller, p)).toList();
    }

    private static String chosen(List<String> projects, String projectKey) {
        if (projectKey == null || projectKey.isBlank()) {
            return projects.size() == 1 ? projects.get(0) : null;
        }
        String key = projectKey.strip().toUpperCase(Locale.ROOT);
        return projects.contains(key) ? key : null;
    }

    private ViewParts parts(Caller caller) {
        Locale locale = caller == null ? Locale.ENGLISH : caller.locale();
        return new ViewParts(texts, new Formats(locale), paths.contextPath(), grades::inCycle);
    }

    private Screen screen(String template, Object view) {
        return new Screen(template, Map.of("view", view, "text", new TextView(texts)));
    }
}
