package dev.northstar.okr.reading;

import dev.northstar.okr.host.Access;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.host.OkrCache;
import dev.northstar.okr.schema.OkrSchema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The read service's Jira reads, through the app's cluster-wide cache. What Jira says about a cycle's issues is the
 * same for everyone (figures count issues a caller cannot see), so it is read once and shared: the objectives, their
 * links and the issue facts. What differs per caller is only which of those issues they may browse; that is cached
 * apart, per caller, and never inside a shared value, so two callers can never see each other's view of it.
 *
 * <p>Keys name everything a value depends on besides Jira's issues: the cycle, the caller for visibility, and a
 * digest of the exact request (the issue keys asked for, which come from the app's stored data). A change to the
 * app's stored data thus makes a new key rather than needing an invalidation; a change to any issue clears the
 * whole cache (the issue listener), so a view measured "now" never outlives an issue change. Stored data (settings,
 * ratings, check-ins) is read afresh on every call, and the engine measures every call at its own instant, so an
 * as-of in the past and "now" share the same cached reads.
 *
 * <p>Cached values are immutable records of immutable values (the cache keeps them on the node that read them;
 * only removals travel between nodes, so they need not be serializable).
 */
final class SharedReads {
    private static final String PREFIX = "okr:read:";

    private final OkrCache cache;
    private final OkrStructure structure;
    private final IssueFacts issueFacts;
    private final Access access;

    SharedReads(OkrCache cache, OkrStructure structure, IssueFacts issueFacts, Access access) {
        this.cache = cache;
        this.structure = structure;
        this.issueFacts = issueFacts;
        this.access = access;
    }

    /** A cycle's objectives in a project, found among {@code keys}. */
    record Objectives(List<OkrIssue> issues) {
        Objectives {
            issues = List.copyOf(issues);
        }
    }

    /** The links of some objectives and of every key result measuring them, by issue key. */
    record Links(Map<String, OkrLinks> objectives, Map<String, OkrLinks> keyResults) {
        Links {
            objectives = Map.copyOf(objectives);
            keyResults = Map.copyOf(keyResults);
        }
    }

    /** The keys one caller may browse, among those of one view. */
    record Browsable(Set<String> keys) {
        Browsable {
            keys = Set.copyOf(keys);
        }
    }

    List<OkrIssue> objectives(long cycleId, String projectKey, List<String> keys, OkrSchema schema) {
        String key = PREFIX + "objectives:" + cycleId + ":" + projectKey + ":" + digest(schema, new TreeSet<>(keys));
        return cache.get(key, Objectives.class,
                () -> new Objectives(shared(structure.objectives(projectKey, keys, schema)))).issues();
    }

    /** Links of the objectives and of the key results (issues of the app's Key Result type) that measure them. */
    Links links(String scope, List<OkrIssue> objectives, OkrSchema schema) {
        String key = PREFIX + "links:" + scope + ":" + digest(schema, objectives.stream().map(OkrIssue::key).toList());
        return cache.get(key, Links.class, () -> {
            Map<String, OkrLinks> ofObjectives = structure.links(objectives, schema);
            Map<String, OkrIssue> krs = new LinkedHashMap<>();
            ofObjectives.values().forEach(l -> l.keyResults().stream()
                    .filter(kr -> kr.typeId().equals(schema.keyResultTypeId()))
                    .forEach(kr -> krs.putIfAbsent(kr.key(), kr)));
            Map<String, OkrLinks> ofKeyResults = krs.isEmpty() ? Map.of() : structure.links(krs.values(), schema);
            return new Links(shared(ofObjectives), shared(ofKeyResults));
        });
    }

    /** The issue facts of a request; the request's text (sorted, complete) is its key. */
    FactSet facts(String scope, FactRequest request) {
        String key = PREFIX + "facts:" + scope + ":" + digest(request);
        return cache.get(key, FactSet.class, () -> issueFacts.read(request));
    }

    /** Which of {@code keys} the current caller may browse: their own entry, one search per batch when missing. */
    Set<String> browsable(String scope, Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        String caller = access.caller().map(Caller::key).orElse("");
        String key = PREFIX + "browsable:" + scope + ":" + caller.length() + ":" + caller + ":"
                + digest(new TreeSet<>(keys));
        return cache.get(key, Browsable.class, () -> new Browsable(structure.browsable(keys))).keys();
    }

    /**
     * An issue as cached for everyone: whether the first caller could browse it must not travel with it, so it says
     * false; the view asks the caller's own {@link #browsable} instead.
     */
    private static OkrIssue shared(OkrIssue issue) {
        return issue.visible() ? new OkrIssue(issue.id(), issue.key(), issue.summary(), issue.projectKey(),
                issue.typeId(), false) : issue;
    }

    private static List<OkrIssue> shared(List<OkrIssue> issues) {
        return issues.stream().map(SharedReads::shared).toList();
    }

    private static Map<String, OkrLinks> shared(Map<String, OkrLinks> links) {
        Map<String, OkrLinks> copy = new LinkedHashMap<>();
        links.forEach((k, l) -> copy.put(k, new OkrLinks(shared(l.keyResults()), shared(l.objectives()),
                shared(l.initiatives()), shared(l.parents()))));
        return copy;
    }

    /** A short, stable digest of the parts' text: SHA-256, 128 bits in hex (collisions are out of reach). */
    static String digest(Object... parts) {
        List<String> texts = new ArrayList<>();
        for (Object part : parts) {
            texts.add(String.valueOf(part));
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\u0000", texts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }

    /** The keys of everything a view may name, for one visibility question. */
    static Set<String> keysOf(Collection<OkrIssue> issues, Collection<String> more) {
        Set<String> keys = new LinkedHashSet<>();
        issues.forEach(i -> keys.add(i.key()));
        keys.addAll(more);
        return keys;
    }
}
