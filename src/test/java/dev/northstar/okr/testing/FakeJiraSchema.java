package dev.northstar.okr.testing;

import dev.northstar.okr.schema.FieldKind;
import dev.northstar.okr.schema.JiraSchemaGateway;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Jira's configuration in memory, with what setup reads and writes (issue types, link types, fields, projects'
 * issue type schemes) and what an administrator may do behind the app's back (rename, delete, make their own).
 * Thread-safe, so concurrent setup runs can be tested on one instance.
 */
public final class FakeJiraSchema implements JiraSchemaGateway {
    private final Map<String, IssueTypeInfo> issueTypes = new LinkedHashMap<>();
    private final Map<Long, LinkTypeInfo> linkTypes = new LinkedHashMap<>();
    private final Map<String, FieldInfo> fields = new LinkedHashMap<>();
    private final Map<String, String> fieldIssueType = new LinkedHashMap<>();
    private final Map<String, List<String>> projects = new LinkedHashMap<>();
    private final AtomicInteger ids = new AtomicInteger(10000);
    /** Every create call, so tests can count them. */
    public final List<String> created = new ArrayList<>();
    /** When set, the first create waits for it: lets a test hold a run inside the lock. */
    public volatile CountDownLatch createGate;
    public volatile CountDownLatch createStarted;

    public FakeJiraSchema() {
        // A fresh Jira has a few types of its own.
        adminIssueType("Task", false);
        adminIssueType("Sub-task", true);
        adminLinkType("Blocks", "blocks", "is blocked by");
    }

    // --- what an administrator does ---

    public synchronized String adminIssueType(String name, boolean subTask) {
        String id = Integer.toString(ids.incrementAndGet());
        issueTypes.put(id, new IssueTypeInfo(id, name, subTask));
        return id;
    }

    /** An issue type with the id Jira gave it elsewhere (a fixture's own ids). */
    public synchronized FakeJiraSchema issueType(String id, String name, boolean subTask) {
        issueTypes.put(id, new IssueTypeInfo(id, name, subTask));
        return this;
    }

    public synchronized long adminLinkType(String name, String outward, String inward) {
        long id = ids.incrementAndGet();
        linkTypes.put(id, new LinkTypeInfo(id, name, outward, inward));
        return id;
    }

    public synchronized String adminField(String name, FieldKind kind) {
        String id = "customfield_" + ids.incrementAndGet();
        fields.put(id, new FieldInfo(id, name, kind));
        return id;
    }

    public synchronized void project(String key, String... typeIds) {
        projects.put(key, new ArrayList<>(List.of(typeIds)));
    }

    public synchronized void renameIssueType(String id, String name) {
        IssueTypeInfo t = issueTypes.get(id);
        issueTypes.put(id, new IssueTypeInfo(id, name, t.subTask()));
    }

    public synchronized void renameLinkType(long id, String name) {
        LinkTypeInfo t = linkTypes.get(id);
        linkTypes.put(id, new LinkTypeInfo(id, name, t.outward(), t.inward()));
    }

    public synchronized void renameField(String id, String name) {
        FieldInfo f = fields.get(id);
        fields.put(id, new FieldInfo(id, name, f.kind()));
    }

    public synchronized void deleteLinkType(long id) {
        linkTypes.remove(id);
    }

    public synchronized void deleteField(String id) {
        fields.remove(id);
    }

    // --- what the test looks at ---

    public synchronized List<IssueTypeInfo> allIssueTypes() {
        return List.copyOf(issueTypes.values());
    }

    public synchronized List<LinkTypeInfo> allLinkTypes() {
        return List.copyOf(linkTypes.values());
    }

    public synchronized List<FieldInfo> allFields() {
        return List.copyOf(fields.values());
    }

    public synchronized String fieldIssueType(String fieldId) {
        return fieldIssueType.get(fieldId);
    }

    public synchronized List<String> projectTypes(String key) {
        return List.copyOf(projects.get(key));
    }

    // --- the gateway ---

    @Override
    public synchronized Optional<IssueTypeInfo> issueType(String id) {
        return Optional.ofNullable(issueTypes.get(id));
    }

    @Override
    public synchronized List<IssueTypeInfo> issueTypesNamed(String name) {
        return issueTypes.values().stream().filter(t -> t.name().equalsIgnoreCase(name)).toList();
    }

    @Override
    public IssueTypeInfo createIssueType(String name, String description) {
        pause();
        synchronized (this) {
            if (!issueTypesNamed(name).isEmpty()) {
                throw new IllegalStateException("Jira refuses a second issue type named " + name);
            }
            created.add("issueType " + name);
            return issueTypes.get(adminIssueType(name, false));
        }
    }

    @Override
    public synchronized Optional<LinkTypeInfo> linkType(long id) {
        return Optional.ofNullable(linkTypes.get(id));
    }

    @Override
    public synchronized List<LinkTypeInfo> linkTypesNamed(String name) {
        return linkTypes.values().stream().filter(t -> t.name().equals(name)).toList();
    }

    @Override
    public LinkTypeInfo createLinkType(String name, String outward, String inward) {
        pause();
        synchronized (this) {
            created.add("linkType " + name);
            return linkTypes.get(adminLinkType(name, outward, inward));
        }
    }

    @Override
    public synchronized Optional<FieldInfo> field(String id) {
        return Optional.ofNullable(fields.get(id));
    }

    @Override
    public synchronized List<FieldInfo> fieldsNamed(String name) {
        return fields.values().stream().filter(f -> f.name().equals(name)).toList();
    }

    @Override
    public FieldInfo createField(String name, String description, FieldKind kind, String issueTypeId) {
        pause();
        synchronized (this) {
            created.add("field " + name);
            String id = adminField(name, kind);
            fieldIssueType.put(id, issueTypeId);
            return fields.get(id);
        }
    }

    @Override
    public synchronized Optional<List<String>> projectIssueTypeIds(String projectKey) {
        return Optional.ofNullable(projects.get(projectKey)).map(List::copyOf);
    }

    @Override
    public synchronized void addIssueTypesToProject(String projectKey, List<String> issueTypeIds) {
        List<String> scheme = projects.get(projectKey);
        for (String id : issueTypeIds) {
            if (!scheme.contains(id)) {
                scheme.add(id);
                created.add("scheme " + projectKey + " " + id);
            }
        }
    }

    private void pause() {
        CountDownLatch gate = createGate;
        if (gate != null) {
            createGate = null;
            createStarted.countDown();
            try {
                if (!gate.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("test gate never opened");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
