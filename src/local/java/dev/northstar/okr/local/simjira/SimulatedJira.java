package dev.northstar.okr.local.simjira;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.link.IssueLinkService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import com.atlassian.cache.CacheManager;
import com.atlassian.event.api.EventPublisher;
import dev.northstar.okr.host.Templates;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A Jira at the level of Jira's own API, over a data set: the services the app takes from Jira (issues, fields and
 * their history, creating, editing and linking issues as the user, issue and link types, links, statuses, projects, permissions and issue security, JQL search, the
 * logged-in user and users by key, SAL's settings, the cluster cache and locks, issue events, templates and web
 * resources), each an implementation of the Atlassian interface the app declares. The app's own {@code jira} package
 * runs on them unchanged, so the playground and its browser tests exercise the code that talks to Jira.
 *
 * <p>Every call the app makes through a service is counted by kind ({@link #calls()}). Who is asking comes from the
 * host (the playground's visit); issue security and project permissions follow {@link DemoUser}'s rights.
 */
public final class SimulatedJira {
    private final JiraData data;
    private final JiraConfig config;
    private final SettingsFile settings;
    private final Supplier<DemoUser> user;
    private final Supplier<Locale> locale;
    private final JiraCalls calls = new JiraCalls();
    private final SimEvents events = new SimEvents();
    private final SimCaches caches = new SimCaches();
    private final SimPermissions permissions;
    private final WriteJournal journal;
    private final Map<Class<?>, Object> services = new LinkedHashMap<>();
    private final ThreadLocal<List<String>> requiredResources = ThreadLocal.withInitial(ArrayList::new);

    /**
     * @param settings  the database: SAL's plugin settings and the configuration setup creates
     * @param templates Velocity with Jira's escaping, behind Jira's template renderer
     * @param user      the logged-in user of the current request, null for anonymous
     * @param locale    the current request's language
     * @param baseUrl   Jira's base URL (the playground's address)
     */
    public SimulatedJira(JiraData data, SettingsFile settings, Templates templates, Supplier<DemoUser> user,
                         Supplier<Locale> locale, Supplier<String> baseUrl) {
        this.data = data;
        this.settings = settings;
        this.user = user;
        this.locale = locale;
        this.config = new JiraConfig(data, settings);
        this.journal = new WriteJournal(settings);
        journal.replay(data);

        SimIssues issues = new SimIssues(this);
        SimLinks links = new SimLinks(this);
        SimIssueTypes types = new SimIssueTypes(this);
        this.permissions = new SimPermissions(this);
        offer(IssueManager.class, issues);
        offer(IssueService.class, new SimIssueService(this));
        offer(IssueLinkService.class, new SimLinkService(this));
        offer(ProjectManager.class, issues);
        offer(ChangeHistoryManager.class, new SimHistory(this));
        offer(IssueLinkManager.class, links);
        offer(IssueLinkTypeManager.class, links);
        offer(SearchService.class, new SimSearch(this));
        offer(CustomFieldManager.class, new SimFields(this));
        offer(IssueTypeManager.class, types);
        offer(IssueTypeSchemeManager.class, types);
        offer(StatusManager.class, (StatusManager) () -> List.<Status>copyOf(config.statuses()));
        offer(AvatarManager.class, (AvatarManager) iconType -> 10_300L);
        offer(PermissionManager.class, permissions);
        offer(GlobalPermissionManager.class, permissions);
        offer(JiraAuthenticationContext.class, new SimAuthentication(this));
        offer(UserManager.class, (UserManager) key -> DemoUser.byKey(key).map(SimUser::new).orElse(null));
        offer(PluginSettingsFactory.class, (PluginSettingsFactory) this::pluginSettings);
        offer(CacheManager.class, caches);
        offer(ClusterLockService.class, new SimClusterLocks());
        offer(EventPublisher.class, events);
        offer(TemplateRenderer.class, (TemplateRenderer) (name, context, writer) ->
                writer.write(templates.render(name, context)));
        offer(PageBuilderService.class, (PageBuilderService) this::assembler);
        offer(LoginUriProvider.class, (LoginUriProvider) returnUri -> URI.create("/login.jsp?os_destination="
                + URLEncoder.encode(String.valueOf(returnUri), StandardCharsets.UTF_8)));
        offer(ApplicationProperties.class, (ApplicationProperties) mode -> baseUrl.get());
    }

    private <T> void offer(Class<T> type, T service) {
        services.put(type, calls.counted(type, service));
    }

    /** The service of this Atlassian type, as Jira's OSGi registry offers it; empty when Jira here has none. */
    public <T> Optional<T> service(Class<T> type) {
        return Optional.ofNullable(services.get(type)).map(type::cast);
    }

    /** Jira's issue picker search as the logged-in user (Jira's own REST resource, not a service of the app). */
    public SimIssuePicker issuePicker() {
        return new SimIssuePicker(this);
    }

    /** Every Jira call the app made, by service and method. */
    public JiraCalls calls() {
        return calls;
    }

    /** Publishes an event to the listeners registered with Jira's event publisher, as Jira does on a change. */
    public void publish(Object event) {
        events.publish(event);
    }

    public JiraData data() {
        return data;
    }

    /** Atlassian's cache as this one-node cluster keeps it, with its counts. */
    public SimCaches caches() {
        return caches;
    }

    /**
     * An edit of an issue, to {@link IssueEdit#save()}: Jira stores it and publishes its issue events to the listeners
     * registered with its event publisher, as on the node where a user made the change.
     *
     * @throws IllegalArgumentException when Jira has no such issue
     */
    public IssueEdit edit(String key) {
        return new IssueEdit(this, data.issue(key)
                .orElseThrow(() -> new IllegalArgumentException("no issue " + key)));
    }

    /** The web resources required while building the current request's page, in order. */
    public List<String> requiredWebResources() {
        return List.copyOf(requiredResources.get());
    }

    /** Forgets the web resources of the current request's page (a new page begins). */
    public void startPage() {
        requiredResources.remove();
    }

    /** Jira's permission checks as its own search makes them: not calls of the app, so not counted. */
    SimPermissions permissions() {
        return permissions;
    }

    /** Where the issue and link services keep what they write, for the next start. */
    WriteJournal journal() {
        return journal;
    }

    JiraConfig config() {
        return config;
    }

    DemoUser currentUser() {
        return user.get();
    }

    Locale locale() {
        Locale current = locale.get();
        return current == null ? Locale.ENGLISH : current;
    }

    SimIssue issue(String key) {
        return data.issue(key).map(i -> new SimIssue(i, this)).orElse(null);
    }

    SimIssue issue(Long id) {
        return id == null ? null : data.keyOf(id).map(this::issue).orElse(null);
    }

    SimProject project(String key) {
        String name = data.projects().get(key);
        return name == null ? null : new SimProject(key, name);
    }

    private PluginSettings pluginSettings() {
        return new PluginSettings() {
            @Override
            public Object get(String key) {
                return settings.get(key).orElse(null);
            }

            @Override
            public Object put(String key, Object value) {
                Object before = get(key);
                if (value == null) {
                    settings.remove(key);
                } else {
                    settings.put(key, value.toString());
                }
                return before;
            }

            @Override
            public Object remove(String key) {
                Object before = get(key);
                settings.remove(key);
                return before;
            }
        };
    }

    private WebResourceAssembler assembler() {
        RequiredResources resources = new RequiredResources() {
            @Override
            public RequiredResources requireWebResource(String moduleCompleteKey) {
                if (!requiredResources.get().contains(moduleCompleteKey)) {
                    requiredResources.get().add(moduleCompleteKey);
                }
                return this;
            }
        };
        return () -> resources;
    }

    /** Cluster locks of a one-node cluster. */
    private static final class SimClusterLocks implements ClusterLockService {
        private final Map<String, ClusterLock> locks = new ConcurrentHashMap<>();

        @Override
        public ClusterLock getLockForName(String lockName) {
            return locks.computeIfAbsent(lockName, name -> new NodeLock());
        }

        private static final class NodeLock extends ReentrantLock implements ClusterLock {
            private static final long serialVersionUID = 1L;
        }
    }
}
