package dev.northstar.okr.local.playground;

import dev.northstar.okr.checkin.AoCheckInRepository;
import dev.northstar.okr.checkin.CheckInRepository;
import dev.northstar.okr.checkin.CheckInResource;
import dev.northstar.okr.checkin.CheckInService;
import dev.northstar.okr.cycle.AoCycleRepository;
import dev.northstar.okr.cycle.CycleRepository;
import dev.northstar.okr.cycle.CycleResource;
import dev.northstar.okr.cycle.CycleService;
import dev.northstar.okr.grade.AoGradeRepository;
import dev.northstar.okr.grade.GradeRepository;
import dev.northstar.okr.grade.GradeResource;
import dev.northstar.okr.grade.GradeService;
import dev.northstar.okr.host.BundleTexts;
import dev.northstar.okr.host.ClusterLocks;
import dev.northstar.okr.host.OkrCache;
import dev.northstar.okr.host.PagePaths;
import dev.northstar.okr.host.SettingsStorage;
import dev.northstar.okr.host.Templates;
import dev.northstar.okr.host.Texts;
import dev.northstar.okr.keyresult.JqlCheck;
import dev.northstar.okr.keyresult.AoInitiativeRepository;
import dev.northstar.okr.keyresult.AoKeyResultSettingsRepository;
import dev.northstar.okr.keyresult.InitiativeRepository;
import dev.northstar.okr.keyresult.KeyResultResource;
import dev.northstar.okr.keyresult.KeyResultSettingsRepository;
import dev.northstar.okr.objective.AoObjectiveSettingsRepository;
import dev.northstar.okr.objective.ObjectiveResource;
import dev.northstar.okr.objective.ObjectiveSettingsRepository;
import dev.northstar.okr.local.ao.EmbeddedActiveObjects;
import dev.northstar.okr.local.velocity.VelocityTemplates;
import dev.northstar.okr.rest.ErrorMapping;
import dev.northstar.okr.rest.Guard;
import dev.northstar.okr.rest.XsrfGuard;
import dev.northstar.okr.settings.SettingsResource;
import dev.northstar.okr.settings.SettingsService;
import dev.northstar.okr.schema.OkrSchemaStore;
import dev.northstar.okr.schema.OkrSetup;
import dev.northstar.okr.schema.SettingsSchemaStore;
import dev.northstar.okr.schema.SetupResource;
import dev.northstar.okr.reading.CycleObjectivesResource;
import dev.northstar.okr.reading.FocusMetricRule;
import dev.northstar.okr.reading.KeyResultReadResource;
import dev.northstar.okr.reading.OkrReadService;
import dev.northstar.okr.reading.SprintReviewResource;
import dev.northstar.okr.ui.OkrScreens;
import dev.northstar.okr.ui.PanelRules;
import dev.northstar.okr.ui.Screens;
import net.java.ao.RawEntity;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The playground's composition root: the app's real components, built by hand in the order and with the
 * dependencies that {@code META-INF/spring/northstar-components.xml} gives them inside Jira, over the playground's
 * stand-ins for Jira (the {@code Playground*} ports) and Active Objects on an embedded HSQLDB file. Jira's REST
 * module creates the resources from the descriptor's REST packages; {@link #restComponents()} does the same here.
 */
public final class PlaygroundComponents implements AutoCloseable {
    /** The {@code <ao namespace>} of atlassian-plugin.xml: it decides the tables' prefix. */
    static final String AO_NAMESPACE = "dev.northstar.okr";

    private final PluginDescriptor descriptor;
    private final EmbeddedActiveObjects activeObjects;

    // The one door to Jira
    private final PlaygroundAccess access;
    private final Texts texts;
    private final SettingsStorage settingsStorage;

    // Reading OKRs from Jira (the read service's ports)
    private final PlaygroundSchemaGateway schemaGateway;
    private final PlaygroundOkrStructure structure;
    private final PlaygroundIssueFacts issueFacts;
    private final JqlCheck jqlCheck;

    // Features
    private final SettingsService settingsService;
    private final CheckInRepository checkInRepository;

    // Setup
    private final ClusterLocks clusterLocks;
    private final OkrSchemaStore schemaStore;
    private final OkrSetup setup;

    // Read-side plumbing
    private final OkrCache cache;

    // Persistence of stored OKR settings, cycles and grades
    private final CycleRepository cycleRepository;
    private final KeyResultSettingsRepository keyResultSettingsRepository;
    private final InitiativeRepository initiativeRepository;
    private final ObjectiveSettingsRepository objectiveSettingsRepository;
    private final GradeRepository gradeRepository;
    private final CheckInService checkInService;
    private final CycleService cycleService;
    private final GradeService gradeService;

    // The OKR read service
    private final OkrReadService readService;
    private final FocusMetricRule focusMetricRule;
    private final Clock clock;

    // REST plumbing
    private final Guard guard;

    // Screens (docs/screens.md): view models and plain Velocity in place of Jira's template renderer. Jira's page
    // builder and login provider (JiraWebPages) have no port: Pages puts the web resources and login prompt itself.
    private final Templates templates;
    private final PagePaths pagePaths;
    private final PanelRules panelRules;
    private final Screens screens;

    public PlaygroundComponents(PlaygroundJira jira, Path dataDir, SettingsStorage settingsStorage, Clock clock) {
        this.descriptor = PluginDescriptor.load();
        this.clock = clock;
        this.activeObjects = EmbeddedActiveObjects.open(
                "jdbc:hsqldb:file:" + dataDir.resolve("db").resolve("okr").toAbsolutePath()
                        + ";hsqldb.write_delay=false;hsqldb.lock_file=true", "SA", "", AO_NAMESPACE);
        try {
            activeObjects.migrate(entities(descriptor));
        } catch (RuntimeException e) {
            activeObjects.close();
            throw e;
        }

        access = new PlaygroundAccess(jira);
        texts = new BundleTexts(() -> Visit.current().locale());
        this.settingsStorage = settingsStorage;

        schemaGateway = new PlaygroundSchemaGateway(jira, settingsStorage);
        structure = new PlaygroundOkrStructure(jira, schemaGateway, access);
        issueFacts = new PlaygroundIssueFacts(jira, schemaGateway);
        jqlCheck = new PlaygroundJqlCheck();

        settingsService = new SettingsService(settingsStorage);
        checkInRepository = new AoCheckInRepository(activeObjects);

        clusterLocks = new LocalClusterLocks();
        schemaStore = new SettingsSchemaStore(settingsStorage);
        setup = new OkrSetup(schemaGateway, schemaStore, settingsService, clusterLocks);

        cache = new MemoryOkrCache();

        cycleRepository = new AoCycleRepository(activeObjects);
        keyResultSettingsRepository = new AoKeyResultSettingsRepository(activeObjects);
        initiativeRepository = new AoInitiativeRepository(activeObjects);
        objectiveSettingsRepository = new AoObjectiveSettingsRepository(activeObjects);
        gradeRepository = new AoGradeRepository(activeObjects);
        checkInService = new CheckInService(checkInRepository, settingsService);
        cycleService = new CycleService(cycleRepository, access);
        gradeService = new GradeService(gradeRepository);

        readService = new OkrReadService(cycleRepository, objectiveSettingsRepository, keyResultSettingsRepository,
                initiativeRepository, checkInRepository, schemaStore, settingsService, structure, issueFacts, texts,
                clock, cache, access);
        focusMetricRule = new FocusMetricRule(structure, objectiveSettingsRepository, keyResultSettingsRepository,
                schemaStore);

        guard = new Guard(access);

        templates = new VelocityTemplates();
        // the playground serves at the server's root, as a Jira without a context path
        pagePaths = () -> "";
        panelRules = new PanelRules(structure, schemaStore, access);
        screens = new OkrScreens(readService, checkInService, settingsService, cycleService, cycleRepository,
                objectiveSettingsRepository, gradeRepository, schemaStore, structure, issueFacts, setup, panelRules,
                access, texts, pagePaths, clock);
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>>[] entities(PluginDescriptor descriptor) {
        List<Class<?>> types = descriptor.entities().stream().map(PlaygroundComponents::load).toList();
        return types.toArray(new Class[0]);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("atlassian-plugin.xml names a missing class " + name, e);
        }
    }

    /**
     * What Jira's REST module builds from the descriptor's REST packages: every resource, the error mapping and the
     * XSRF check, each with its dependencies from this graph.
     */
    public List<Object> restComponents() {
        return List.of(
                new ErrorMapping(texts),
                new XsrfGuard(),
                new SettingsResource(settingsService, guard),
                new SetupResource(setup, guard),
                new CycleResource(cycleService, guard),
                new CheckInResource(checkInService, guard),
                new KeyResultResource(keyResultSettingsRepository, initiativeRepository, guard, jqlCheck,
                        focusMetricRule),
                new ObjectiveResource(objectiveSettingsRepository, cycleService, guard),
                new GradeResource(gradeService, cycleService, guard),
                new CycleObjectivesResource(readService, guard),
                new KeyResultReadResource(readService, guard),
                new SprintReviewResource(readService, guard));
    }

    public PluginDescriptor descriptor() {
        return descriptor;
    }

    public PlaygroundAccess access() {
        return access;
    }

    public Texts texts() {
        return texts;
    }

    public SettingsStorage settingsStorage() {
        return settingsStorage;
    }

    public SettingsService settingsService() {
        return settingsService;
    }

    public OkrSetup setup() {
        return setup;
    }

    public OkrSchemaStore schemaStore() {
        return schemaStore;
    }

    public OkrCache cache() {
        return cache;
    }

    public CycleRepository cycles() {
        return cycleRepository;
    }

    public ObjectiveSettingsRepository objectiveSettings() {
        return objectiveSettingsRepository;
    }

    public KeyResultSettingsRepository keyResultSettings() {
        return keyResultSettingsRepository;
    }

    public InitiativeRepository initiatives() {
        return initiativeRepository;
    }

    public CheckInRepository checkIns() {
        return checkInRepository;
    }

    public CheckInService checkInService() {
        return checkInService;
    }

    public CycleService cycleService() {
        return cycleService;
    }

    public GradeService gradeService() {
        return gradeService;
    }

    public OkrReadService readService() {
        return readService;
    }

    public Guard guard() {
        return guard;
    }

    public Screens screens() {
        return screens;
    }

    public Templates templates() {
        return templates;
    }

    public Clock clock() {
        return clock;
    }

    @Override
    public void close() {
        activeObjects.close();
    }
}
