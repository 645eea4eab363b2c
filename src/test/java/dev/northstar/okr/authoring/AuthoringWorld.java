package dev.northstar.okr.authoring;

import dev.northstar.okr.cycle.CycleService;
import dev.northstar.okr.cycle.StoredCycle;
import dev.northstar.okr.domain.Cycle;
import dev.northstar.okr.jira.JiraIssueWrites;
import dev.northstar.okr.reading.OkrIssue;
import dev.northstar.okr.reading.OkrLinks;
import dev.northstar.okr.reading.OkrReadService;
import dev.northstar.okr.reading.OkrStructure;
import dev.northstar.okr.schema.OkrSchema;
import dev.northstar.okr.settings.SettingsService;
import dev.northstar.okr.testing.JiraFixture;
import dev.northstar.okr.testing.MemorySettingsStorage;
import dev.northstar.okr.testing.MemoryStores;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import static org.mockito.Mockito.mock;

/**
 * The authoring feature over a Jira whose permissions are {@link JiraFixture}'s and whose issue and link services are
 * an in-memory stand-in ({@link Writes}) that records every write and can be told to refuse one as Jira would.
 * Project TEAM has OKRs enabled: objectives TEAM-1 (a parent) and TEAM-2, key result TEAM-3 measuring TEAM-2, an epic
 * TEAM-4; project OTHER has none.
 */
final class AuthoringWorld {
    static final OkrSchema SCHEMA = new OkrSchema("10000", "10001", 10_100L, 10_101L, 10_102L, "customfield_10400",
            "customfield_10401", "customfield_10402", "customfield_10403");
    static final String EPIC = "6";

    final JiraFixture jira = new JiraFixture();
    final MemoryStores stores = new MemoryStores();
    final SettingsService settings = new SettingsService(new MemorySettingsStorage());
    final OkrReadService reads = mock(OkrReadService.class);
    final Writes writes = new Writes();
    final Structure structure = new Structure();
    final CycleService cycles = new CycleService(stores.cycles, jira.access);
    final ObjectiveCreation creation;
    final LinkWrites links;
    final ValueWrites values;
    final StoredCycle quarter;

    AuthoringWorld() {
        stores.schema.save(SCHEMA);
        settings.update(s -> s.withEnabledProjects(List.of("TEAM")));
        jira.project("OTHER");
        writes.type("TEAM-1", SCHEMA.objectiveTypeId());
        writes.type("TEAM-2", SCHEMA.objectiveTypeId());
        writes.type("TEAM-3", SCHEMA.keyResultTypeId());
        writes.type("TEAM-4", EPIC);
        writes.links.add(new LinkChange("TEAM-3", "TEAM-2", SCHEMA.measuresLinkTypeId(), true));
        quarter = stores.cycles.create(new Cycle("Q3", Instant.parse("2026-07-01T00:00:00Z"),
                Instant.parse("2026-10-01T00:00:00Z")), null);
        creation = new ObjectiveCreation(writes, stores.schema, settings, cycles, stores.objectives,
                stores.keyResults, reads);
        links = new LinkWrites(writes, structure, stores.schema, reads, jira.access);
        values = new ValueWrites(writes, structure, stores.schema);
    }

    /** Jira's issue and link services in memory: what is created, edited, linked and deleted, and what is refused. */
    final class Writes implements IssueWrites {
        private final JiraIssueWrites permissions = new JiraIssueWrites(null, null, jira.issues, null, jira.projects,
                jira.permissions, jira.authentication);
        final Map<String, String> types = new LinkedHashMap<>();
        final Map<String, String> summaries = new LinkedHashMap<>();
        final Map<String, List<FieldValue>> values = new LinkedHashMap<>();
        final List<LinkChange> links = new ArrayList<>();
        final List<String> calls = new ArrayList<>();
        final Set<String> deleted = new HashSet<>();
        private int next = 100;
        /** Refuses (as Jira's validation) the creation of an issue whose summary it matches. */
        Predicate<String> refuseSummary = s -> false;
        /** Refuses linking from an issue whose key it matches. */
        Predicate<String> refuseLinkFrom = k -> false;
        boolean refuseDelete;
        Written<Void> refuseUpdate;

        void type(String key, String typeId) {
            jira.issue(key);
            types.put(key, typeId);
        }

        @Override
        public boolean mayCreate(String projectKey) {
            return permissions.mayCreate(projectKey);
        }

        @Override
        public boolean mayLinkIn(String projectKey) {
            return permissions.mayLinkIn(projectKey);
        }

        @Override
        public boolean mayLink(String issueKey) {
            return permissions.mayLink(issueKey);
        }

        @Override
        public Written<Void> check(NewIssue issue) {
            calls.add("check " + issue.summary());
            return refuseSummary.test(issue.summary()) ? summaryRefused() : Written.done(null);
        }

        @Override
        public Written<String> create(NewIssue issue) {
            calls.add("create " + issue.summary());
            if (refuseSummary.test(issue.summary())) {
                return summaryRefused();
            }
            String key = issue.projectKey() + "-" + next++;
            type(key, issue.issueTypeId());
            summaries.put(key, issue.summary());
            values.put(key, issue.values());
            return Written.done(key);
        }

        private <T> Written<T> summaryRefused() {
            return Written.refused(Written.Refusal.INVALID, List.of(), Map.of("summary", "Jira says: no."));
        }

        @Override
        public Written<Void> update(String issueKey, List<FieldValue> changed) {
            calls.add("update " + issueKey);
            if (refuseUpdate != null) {
                return refuseUpdate;
            }
            values.put(issueKey, changed);
            return Written.done(null);
        }

        @Override
        public Written<Void> delete(String issueKey) {
            calls.add("delete " + issueKey);
            if (refuseDelete) {
                return Written.refused(Written.Refusal.FORBIDDEN,
                        List.of("You do not have permission to delete issues in this project."), Map.of());
            }
            deleted.add(issueKey);
            types.remove(issueKey);
            jira.delete(issueKey);
            links.removeIf(l -> l.sourceKey().equals(issueKey) || l.destinationKey().equals(issueKey));
            return Written.done(null);
        }

        @Override
        public Written<Void> link(LinkChange link) {
            calls.add("link " + link.sourceKey() + " " + link.linkTypeId() + " " + link.destinationKey() + " from "
                    + link.actingKey());
            if (refuseLinkFrom.test(link.actingKey())) {
                return Written.refused(Written.Refusal.INVALID, List.of("Jira will not link that."), Map.of());
            }
            links.add(link);
            return Written.done(null);
        }

        @Override
        public Written<Void> unlink(LinkChange link) {
            calls.add("unlink " + link.sourceKey() + " " + link.linkTypeId() + " " + link.destinationKey() + " from "
                    + link.actingKey());
            links.removeIf(l -> l.sourceKey().equals(link.sourceKey())
                    && l.destinationKey().equals(link.destinationKey()) && l.linkTypeId() == link.linkTypeId());
            return Written.done(null);
        }
    }

    /** The app's view of the issues and links the stand-in holds. */
    final class Structure implements OkrStructure {
        @Override
        public Optional<OkrIssue> issue(String key) {
            String type = writes.types.get(key);
            return type == null ? Optional.empty() : Optional.of(new OkrIssue(1, key, key, key.substring(0,
                    key.indexOf('-')), type, true));
        }

        @Override
        public Map<String, OkrLinks> links(Collection<OkrIssue> issues, OkrSchema schema) {
            Map<String, OkrLinks> result = new LinkedHashMap<>();
            for (OkrIssue issue : issues) {
                List<OkrIssue> parents = new ArrayList<>();
                for (LinkChange link : writes.links) {
                    if (link.linkTypeId() == schema.alignsLinkTypeId() && link.sourceKey().equals(issue.key())) {
                        issue(link.destinationKey()).ifPresent(parents::add);
                    }
                }
                result.put(issue.key(), new OkrLinks(List.of(), List.of(), List.of(), parents));
            }
            return result;
        }

        @Override
        public List<OkrIssue> objectives(String projectKey, Collection<String> keys, OkrSchema schema) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<OkrIssue> issues(Collection<String> keys) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Boolean> visibility(Collection<String> keys) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Set<String> browsable(Collection<String> keys) {
            throw new UnsupportedOperationException();
        }
    }
}
