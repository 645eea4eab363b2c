package dev.northstar.okr.schema;

import dev.northstar.okr.host.ClusterLocks;
import dev.northstar.okr.settings.AppSettings;
import dev.northstar.okr.settings.SettingsService;
import dev.northstar.okr.schema.JiraSchemaGateway.FieldInfo;
import dev.northstar.okr.schema.JiraSchemaGateway.IssueTypeInfo;
import dev.northstar.okr.schema.JiraSchemaGateway.LinkTypeInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Creates what the app needs in Jira (issue types, link types, Key Result fields) and puts the issue types into
 * the enabled projects, idempotently: run it on every start, upgrade or admin request and it never makes a second
 * copy of anything, never loses an id, and never touches what an administrator made.
 *
 * <p>The rules, per item: an id remembered from an earlier run wins, whatever the item is called now (admins may
 * rename). Without a usable id (first run, settings lost, or the item was deleted), an existing item of the same
 * name is adopted if it fits (same kind; for link types the same descriptions), otherwise the name is taken by the
 * administrator's own thing and the app uses the name with {@link OkrSchemaSpec#CLASH_SUFFIX} instead. Only when
 * nothing fits is anything created. Each id is remembered as soon as it is known, so a run that fails half way
 * loses nothing.
 *
 * <p>Runs hold a cluster-wide lock, so two Data Center nodes starting at once do not both create: the second
 * waits, then finds everything by the ids the first remembered.
 */
public class OkrSetup {
    private static final Logger LOG = LoggerFactory.getLogger(OkrSetup.class);

    static final String LOCK = "dev.northstar.okr.schema";
    /** Long enough for a run on another node to finish (a few dozen Jira calls), short enough for a REST call. */
    static final Duration WAIT = Duration.ofSeconds(20);

    private final JiraSchemaGateway jira;
    private final OkrSchemaStore store;
    private final SettingsService settings;
    private final ClusterLocks locks;
    /** The last run's failure on this node, for the admin page; null after a run that got through. */
    private volatile SetupFailure lastFailure;

    public OkrSetup(JiraSchemaGateway jira, OkrSchemaStore store, SettingsService settings, ClusterLocks locks) {
        this.jira = jira;
        this.store = store;
        this.settings = settings;
        this.locks = locks;
    }

    /**
     * Ensures the whole schema and the enabled projects' issue types; {@link SetupReport#BUSY} if locked out. A
     * failure, a {@link LinkageError} included (Jira's API differs from the one the app was built against), is kept
     * for the admin page ({@link #lastFailure()}) and thrown on.
     */
    public SetupReport run() {
        try {
            SetupReport report = ensureAll();
            if (report.ran()) {
                lastFailure = null;
            }
            return report;
        } catch (RuntimeException | LinkageError failed) {
            lastFailure = SetupFailure.of(SetupFailure.REQUEST, failed);
            throw failed;
        }
    }

    /**
     * Notes a failed run for the admin page, with when it ran: Jira's start and the upgrade tasks catch setup's
     * failures (so that Jira starts and SAL does not retry the task at every start), log them and report them here.
     */
    public void failed(String during, Throwable failure) {
        lastFailure = SetupFailure.of(during, failure);
    }

    /** Why the last run on this node failed; empty when it got through, or none ran yet. */
    public Optional<SetupFailure> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    private SetupReport ensureAll() {
        return locks.withLock(LOCK, WAIT, () -> {
            List<SetupStep> steps = new ArrayList<>();
            OkrSchema schema = ensureSchema(steps);
            List<ProjectStatus> projects = new ArrayList<>();
            for (String key : settings.current().enabledProjects()) {
                projects.add(addTypes(key, schema));
            }
            return new SetupReport(true, steps, projects);
        }).orElseGet(() -> {
            LOG.info("Northstar OKR setup skipped: another run held the lock for more than {}", WAIT);
            return SetupReport.BUSY;
        });
    }

    /**
     * Enables OKRs in a project: ensures the schema, adds Objective and Key Result to the project's issue type
     * scheme (if not there yet) and adds the project to {@link AppSettings#enabledProjects()}. Empty when there is
     * no such project.
     *
     * @throws SetupBusyException when another run holds the setup lock for too long
     */
    public Optional<ProjectStatus> enableProject(String projectKey) {
        if (jira.projectIssueTypeIds(projectKey).isEmpty()) {
            return Optional.empty();
        }
        return locks.withLock(LOCK, WAIT, () -> {
            OkrSchema schema = ensureSchema(new ArrayList<>());
            ProjectStatus status = addTypes(projectKey, schema);
            if (status.exists()) {
                remember(projectKey);
            }
            return Optional.of(status).filter(ProjectStatus::exists);
        }).orElseThrow(SetupBusyException::new);
    }

    /** What exists and what is missing, read without the lock and without changing anything. */
    public SetupStatus status() {
        OkrSchema schema = store.current();
        List<ItemStatus> items = new ArrayList<>();
        items.add(typeStatus("objectiveType", OkrSchemaSpec.OBJECTIVE, schema.objectiveTypeId()));
        items.add(typeStatus("keyResultType", OkrSchemaSpec.KEY_RESULT, schema.keyResultTypeId()));
        items.add(linkStatus("measuresLinkType", OkrSchemaSpec.MEASURES, schema.measuresLinkTypeId()));
        items.add(linkStatus("drivesLinkType", OkrSchemaSpec.DRIVES, schema.drivesLinkTypeId()));
        items.add(linkStatus("alignsLinkType", OkrSchemaSpec.ALIGNS, schema.alignsLinkTypeId()));
        items.add(fieldStatus("startField", OkrSchemaSpec.START, schema.startFieldId()));
        items.add(fieldStatus("targetField", OkrSchemaSpec.TARGET, schema.targetFieldId()));
        items.add(fieldStatus("currentField", OkrSchemaSpec.CURRENT, schema.currentFieldId()));
        items.add(fieldStatus("unitField", OkrSchemaSpec.UNIT, schema.unitFieldId()));
        List<ProjectStatus> projects = settings.current().enabledProjects().stream()
                .map(key -> projectStatus(key, schema)).toList();
        boolean complete = items.stream().allMatch(ItemStatus::exists) && projects.stream().allMatch(ProjectStatus::ready);
        return new SetupStatus(complete, items, projects);
    }

    private OkrSchema ensureSchema(List<SetupStep> steps) {
        OkrSchema s = store.current();
        s = ensure(steps, s, "objectiveType", OkrSchemaSpec.OBJECTIVE.name(), s.objectiveTypeId(),
                issueTypes(OkrSchemaSpec.OBJECTIVE));
        s = ensure(steps, s, "keyResultType", OkrSchemaSpec.KEY_RESULT.name(), s.keyResultTypeId(),
                issueTypes(OkrSchemaSpec.KEY_RESULT));
        s = ensure(steps, s, "measuresLinkType", OkrSchemaSpec.MEASURES.name(), id(s.measuresLinkTypeId()),
                linkTypes(OkrSchemaSpec.MEASURES));
        s = ensure(steps, s, "drivesLinkType", OkrSchemaSpec.DRIVES.name(), id(s.drivesLinkTypeId()),
                linkTypes(OkrSchemaSpec.DRIVES));
        s = ensure(steps, s, "alignsLinkType", OkrSchemaSpec.ALIGNS.name(), id(s.alignsLinkTypeId()),
                linkTypes(OkrSchemaSpec.ALIGNS));
        // The fields apply to Key Result issues only, so they wait for that type.
        String kr = s.keyResultTypeId();
        if (kr == null) {
            return s;
        }
        s = ensure(steps, s, "startField", OkrSchemaSpec.START.name(), s.startFieldId(),
                fields(OkrSchemaSpec.START, kr));
        s = ensure(steps, s, "targetField", OkrSchemaSpec.TARGET.name(), s.targetFieldId(),
                fields(OkrSchemaSpec.TARGET, kr));
        s = ensure(steps, s, "currentField", OkrSchemaSpec.CURRENT.name(), s.currentFieldId(),
                fields(OkrSchemaSpec.CURRENT, kr));
        return ensure(steps, s, "unitField", OkrSchemaSpec.UNIT.name(), s.unitFieldId(),
                fields(OkrSchemaSpec.UNIT, kr));
    }

    /** Ensures one item and remembers its id right away, so that a later step failing loses nothing. */
    private <I> OkrSchema ensure(List<SetupStep> steps, OkrSchema schema, String item, String name,
                                 String rememberedId, Kind<I> kind) {
        SetupStep step = ensure(item, name, rememberedId, kind);
        steps.add(step);
        if (step.outcome() == Outcome.KEPT) {
            return schema;
        }
        OkrSchema changed = schema.with(item, step.id());
        store.save(changed);
        return changed;
    }

    /**
     * The lookup and creation of one kind of item, with the id as text so that issue types and fields (String ids)
     * and link types (long ids) share the rules.
     */
    private record Kind<I>(Function<String, Optional<I>> byId, Function<String, List<I>> byName,
                           Predicate<I> fits, Function<String, I> create, Function<I, String> idOf,
                           Function<I, String> nameOf) {
    }

    private <I> SetupStep ensure(String item, String name, String rememberedId, Kind<I> kind) {
        if (rememberedId != null) {
            Optional<I> remembered = kind.byId().apply(rememberedId);
            if (remembered.isPresent()) {
                return step(item, kind, remembered.get(), Outcome.KEPT);
            }
            // Deleted by an administrator: the app cannot work without it, so it is found or made again below.
            LOG.warn("Northstar OKR: {} {} no longer exists in Jira; setting it up again", item, rememberedId);
        }
        for (String candidate : List.of(name, name + OkrSchemaSpec.CLASH_SUFFIX)) {
            List<I> named = kind.byName().apply(candidate);
            Optional<I> fitting = named.stream().filter(kind.fits()).findFirst();
            if (fitting.isPresent()) {
                return step(item, kind, fitting.get(), Outcome.ADOPTED);
            }
            if (named.isEmpty()) {
                I created = kind.create().apply(candidate);
                LOG.info("Northstar OKR: created {} \"{}\" ({})", item, candidate, kind.idOf().apply(created));
                return step(item, kind, created, Outcome.CREATED);
            }
            LOG.warn("Northstar OKR: \"{}\" is taken by something that is not the app's {}; not touching it",
                    candidate, item);
        }
        return new SetupStep(item, null, null, Outcome.BLOCKED);
    }

    private static <I> SetupStep step(String item, Kind<I> kind, I found, Outcome outcome) {
        return new SetupStep(item, kind.idOf().apply(found), kind.nameOf().apply(found), outcome);
    }

    private Kind<IssueTypeInfo> issueTypes(IssueTypeSpec spec) {
        return new Kind<>(jira::issueType, jira::issueTypesNamed, t -> !t.subTask(),
                name -> jira.createIssueType(name, spec.description()), IssueTypeInfo::id, IssueTypeInfo::name);
    }

    private Kind<LinkTypeInfo> linkTypes(LinkTypeSpec spec) {
        return new Kind<>(id -> parseLong(id).flatMap(jira::linkType), jira::linkTypesNamed,
                t -> spec.outward().equalsIgnoreCase(t.outward()) && spec.inward().equalsIgnoreCase(t.inward()),
                name -> jira.createLinkType(name, spec.outward(), spec.inward()),
                t -> Long.toString(t.id()), LinkTypeInfo::name);
    }

    private Kind<FieldInfo> fields(FieldSpec spec, String keyResultTypeId) {
        return new Kind<>(jira::field, jira::fieldsNamed, f -> f.kind() == spec.kind(),
                name -> jira.createField(name, spec.description(), spec.kind(), keyResultTypeId),
                FieldInfo::id, FieldInfo::name);
    }

    private ProjectStatus addTypes(String projectKey, OkrSchema schema) {
        Optional<List<String>> present = jira.projectIssueTypeIds(projectKey);
        if (present.isEmpty()) {
            LOG.warn("Northstar OKR: enabled project {} does not exist (deleted or renamed?)", projectKey);
            return new ProjectStatus(projectKey, false, false, false);
        }
        List<String> missing = Stream.of(schema.objectiveTypeId(), schema.keyResultTypeId())
                .filter(Objects::nonNull).filter(id -> !present.get().contains(id)).toList();
        if (!missing.isEmpty()) {
            jira.addIssueTypesToProject(projectKey, missing);
            LOG.info("Northstar OKR: added issue types {} to project {}", missing, projectKey);
        }
        return projectStatus(projectKey, schema);
    }

    private ProjectStatus projectStatus(String projectKey, OkrSchema schema) {
        Optional<List<String>> types = jira.projectIssueTypeIds(projectKey);
        return types.map(ids -> new ProjectStatus(projectKey, true,
                        schema.objectiveTypeId() != null && ids.contains(schema.objectiveTypeId()),
                        schema.keyResultTypeId() != null && ids.contains(schema.keyResultTypeId())))
                .orElseGet(() -> new ProjectStatus(projectKey, false, false, false));
    }

    private void remember(String projectKey) {
        if (settings.current().enabledProjects().contains(projectKey)) {
            return;
        }
        // added to the settings as stored when the change runs: an admin saving settings meanwhile loses nothing
        settings.update(now -> {
            List<String> projects = new ArrayList<>(now.enabledProjects());
            projects.add(projectKey);
            return now.withEnabledProjects(projects);
        });
    }

    private ItemStatus typeStatus(String item, IssueTypeSpec spec, String id) {
        Optional<IssueTypeInfo> found = id == null ? Optional.empty() : jira.issueType(id);
        return new ItemStatus(item, spec.i18nKey(), id, found.map(IssueTypeInfo::name).orElse(null), found.isPresent());
    }

    private ItemStatus linkStatus(String item, LinkTypeSpec spec, Long id) {
        Optional<LinkTypeInfo> found = id == null ? Optional.empty() : jira.linkType(id);
        return new ItemStatus(item, spec.i18nKey(), id(id), found.map(LinkTypeInfo::name).orElse(null),
                found.isPresent());
    }

    private ItemStatus fieldStatus(String item, FieldSpec spec, String id) {
        Optional<FieldInfo> found = id == null ? Optional.empty() : jira.field(id);
        return new ItemStatus(item, spec.i18nKey(), id, found.map(FieldInfo::name).orElse(null), found.isPresent());
    }

    private static String id(Long id) {
        return id == null ? null : id.toString();
    }

    private static Optional<Long> parseLong(String id) {
        try {
            return Optional.of(Long.valueOf(id));
        } catch (NumberFormatException garbled) {
            return Optional.empty();
        }
    }
}
