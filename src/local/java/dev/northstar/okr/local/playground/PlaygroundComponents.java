package dev.northstar.okr.local.playground;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.sal.api.upgrade.PluginUpgradeTask;
import dev.northstar.okr.checkin.CheckInRepository;
import dev.northstar.okr.checkin.CheckInService;
import dev.northstar.okr.cycle.CycleRepository;
import dev.northstar.okr.cycle.CycleService;
import dev.northstar.okr.grade.GradeService;
import dev.northstar.okr.host.Access;
import dev.northstar.okr.host.OkrCache;
import dev.northstar.okr.host.SettingsStorage;
import dev.northstar.okr.host.Templates;
import dev.northstar.okr.host.Texts;
import dev.northstar.okr.keyresult.InitiativeRepository;
import dev.northstar.okr.keyresult.KeyResultSettingsRepository;
import dev.northstar.okr.local.ao.EmbeddedActiveObjects;
import dev.northstar.okr.local.simjira.DemoUser;
import dev.northstar.okr.local.simjira.JiraData;
import dev.northstar.okr.local.simjira.SettingsFile;
import dev.northstar.okr.local.simjira.SimulatedJira;
import dev.northstar.okr.local.velocity.VelocityTemplates;
import dev.northstar.okr.objective.ObjectiveSettingsRepository;
import dev.northstar.okr.reading.OkrReadService;
import dev.northstar.okr.rest.Guard;
import dev.northstar.okr.schema.OkrSchemaStore;
import dev.northstar.okr.schema.OkrSetup;
import dev.northstar.okr.settings.SettingsService;
import dev.northstar.okr.ui.Screens;
import net.java.ao.RawEntity;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.core.io.ClassPathResource;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * The playground's composition root: the app built by Spring from the very wiring Jira uses
 * ({@code META-INF/spring/northstar-osgi.xml} and {@code northstar-components.xml}), with the simulated Jira's
 * services where Jira's OSGi services would be and Active Objects on an embedded HSQLDB file. So the app's
 * {@code jira} adapters, setup, cache, listener, conditions and context providers run here as they run in Jira, and a
 * wiring mistake shows when the playground starts. Jira's REST module and web fragments create the descriptor's
 * classes and autowire them from this context; {@link #restComponents()} and {@link #create(Class)} do the same.
 */
public final class PlaygroundComponents implements AutoCloseable {
    /** The {@code <ao namespace>} of atlassian-plugin.xml: it decides the tables' prefix. */
    static final String AO_NAMESPACE = "dev.northstar.okr";

    private final PluginDescriptor descriptor;
    private final EmbeddedActiveObjects activeObjects;
    private final SimulatedJira jira;
    private final DefaultListableBeanFactory beans;
    private final AppWiring wiring;

    /**
     * @param baseUrl Jira's base URL as the app sees it (the playground's address, known once it listens)
     */
    public PlaygroundComponents(JiraData data, Path dataDir, SettingsFile settings, Clock clock,
                                Supplier<String> baseUrl) {
        this.descriptor = PluginDescriptor.load();
        this.activeObjects = EmbeddedActiveObjects.open(
                "jdbc:hsqldb:file:" + dataDir.resolve("db").resolve("okr").toAbsolutePath()
                        + ";hsqldb.write_delay=false;hsqldb.lock_file=true", "SA", "", AO_NAMESPACE);
        try {
            activeObjects.migrate(entities(descriptor));
            Templates velocity = new VelocityTemplates();
            this.jira = new SimulatedJira(data, settings, velocity, () -> Visit.current().user(),
                    () -> Visit.current().locale(), baseUrl);
            this.wiring = AppWiring.load();
            this.beans = wiring.build(type -> type == ActiveObjects.class ? activeObjects
                    : jira.service(type).orElse(null), clock);
        } catch (RuntimeException e) {
            activeObjects.close();
            throw e;
        }
    }

    /** Starts the app as Jira's plugin system does once Jira is up: SAL's upgrade tasks, then its lifecycle. */
    public void start() {
        for (String id : wiring.services(PluginUpgradeTask.class)) {
            PluginUpgradeTask task = beans.getBean(id, PluginUpgradeTask.class);
            String done = "dev.northstar.okr.local.playground.upgrade." + task.getBuildNumber();
            if (settingsStorage().get(done).isEmpty()) {
                try {
                    task.doUpgrade();
                } catch (Exception e) {
                    throw new IllegalStateException("upgrade task " + task.getBuildNumber() + " failed", e);
                }
                settingsStorage().put(done, "done");
            }
        }
        for (String id : wiring.services(LifecycleAware.class)) {
            beans.getBean(id, LifecycleAware.class).onStart();
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>>[] entities(PluginDescriptor descriptor) {
        List<Class<?>> types = descriptor.entities().stream().map(PlaygroundComponents::load).toList();
        return types.toArray(new Class[0]);
    }

    static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("atlassian-plugin.xml names a missing class " + name, e);
        }
    }

    /**
     * What Jira's REST module builds from the descriptor's REST packages: every resource and provider (the error
     * mapping and the XSRF check among them), each autowired from the app's components.
     */
    public List<Object> restComponents() {
        return descriptor.restPackages().stream().flatMap(p -> AppWiring.restClasses(p).stream())
                .map(type -> (Object) create(type)).toList();
    }

    /** A class Jira creates from the descriptor (a resource, condition, context provider), autowired as Jira does. */
    public <T> T create(Class<T> type) {
        return type.cast(beans.createBean(type, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false));
    }

    /** The app's component of this type (one of northstar-components.xml's beans). */
    public <T> T bean(Class<T> type) {
        return beans.getBean(type);
    }

    /** The names of the components built, as northstar-components.xml names them. */
    public List<String> componentNames() {
        return List.of(beans.getBeanDefinitionNames());
    }

    public SimulatedJira jira() {
        return jira;
    }

    public PluginDescriptor descriptor() {
        return descriptor;
    }

    /**
     * Runs {@code work} as one request of {@code user} (null for anonymous), in English: who Jira's authentication
     * context says is logged in, for tools that drive the app without HTTP (the {@code jira-bench} command).
     */
    public <T> T as(DemoUser user, Supplier<T> work) {
        return new Visit(user, java.util.Locale.ENGLISH).run(work);
    }

    /** Whether the visitor of this request may browse the issue, as the app's access rules say. */
    public boolean visible(String issueKey) {
        Access access = access();
        return access.caller().map(c -> access.canBrowseIssue(c, issueKey)).orElse(false);
    }

    public Access access() {
        return bean(Access.class);
    }

    public Texts texts() {
        return bean(Texts.class);
    }

    public SettingsStorage settingsStorage() {
        return bean(SettingsStorage.class);
    }

    public SettingsService settingsService() {
        return bean(SettingsService.class);
    }

    public OkrSetup setup() {
        return bean(OkrSetup.class);
    }

    public OkrSchemaStore schemaStore() {
        return bean(OkrSchemaStore.class);
    }

    public OkrCache cache() {
        return bean(OkrCache.class);
    }

    public CycleRepository cycles() {
        return bean(CycleRepository.class);
    }

    public ObjectiveSettingsRepository objectiveSettings() {
        return bean(ObjectiveSettingsRepository.class);
    }

    public KeyResultSettingsRepository keyResultSettings() {
        return bean(KeyResultSettingsRepository.class);
    }

    public InitiativeRepository initiatives() {
        return bean(InitiativeRepository.class);
    }

    public CheckInRepository checkIns() {
        return bean(CheckInRepository.class);
    }

    public CheckInService checkInService() {
        return bean(CheckInService.class);
    }

    public CycleService cycleService() {
        return bean(CycleService.class);
    }

    public GradeService gradeService() {
        return bean(GradeService.class);
    }

    public OkrReadService readService() {
        return bean(OkrReadService.class);
    }

    public Guard guard() {
        return bean(Guard.class);
    }

    public Screens screens() {
        return bean(Screens.class);
    }

    public Templates templates() {
        return bean(Templates.class);
    }

    public Clock clock() {
        return bean(Clock.class);
    }

    @Override
    public void close() {
        try {
            beans.destroySingletons();
        } finally {
            activeObjects.close();
        }
    }
}
