package dev.northstar.okr.reading;

import dev.northstar.okr.domain.IssueKey;
import dev.northstar.okr.host.Access;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.host.OkrCache;
import dev.northstar.okr.schema.OkrSchema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The read service's Jira reads, through the app's cluster-wide cache. What Jira says about a cycle's issues is the
 * same for everyone (figures count issues a caller cannot see), so it is read once and shared; what differs per
 * caller is only which of those issues they may browse, which is cached apart, per caller, and never inside a shared
 * value, so two callers can never see each other's view of it.
 *
 * <p>Shared entries are kept per issue, so that an issue event drops only what that issue touched ({@link #forget},
 * called by the Jira listener on every node through the cache's invalidation):
 * <ul>
 *   <li>{@code okr:read:issue:<key>}: the issue as an objective, key result or initiative ({@link SharedIssue});</li>
 *   <li>{@code okr:read:links:<key>}: the app's links of an objective or key result ({@link SharedLinks}); the issues
 *       at their other end are taken from their own entries, so a renamed initiative shows its new name;</li>
 *   <li>the issue facts, cached per issue by the {@link IssueFacts} port;</li>
 *   <li>{@code okr:read:browsable:<epoch>:<caller>:<keys>}: which of a view's issues a caller may browse, kept
 *       {@value #BROWSABLE_SECONDS} seconds (a change of a permission scheme or a group sends no issue event), and
 *       read again as soon as the view names other issues. An issue whose security level or project changed drops
 *       them all at once ({@link #forgetVisibility}): the epoch entry, {@code okr:read:visibility-epoch}, is
 *       dropped on every node, so every node's visibility entries are looked up under a new name.</li>
 * </ul>
 * Stored data (settings, ratings, check-ins) is read afresh on every call, and the engine measures every call at its
 * own instant, so an as-of in the past and "now" share the same cached reads.
 *
 * <p>Cached values are immutable records of immutable values (the cache keeps them on the node that read them;
 * only removals travel between nodes, so they need not be serializable).
 */
final class SharedReads {
    static final String ISSUE = "okr:read:issue:";
    static final String LINKS = "okr:read:links:";
    static final String BROWSABLE = "okr:read:browsable:";
    static final String VISIBILITY_EPOCH = "okr:read:visibility-epoch";
    /** How long a caller's visibility of a view's issues is kept. */
    static final int BROWSABLE_SECONDS = 60;

    private final OkrCache cache;
    private final OkrStructure structure;
    private final IssueFacts issueFacts;
    private final Access access;
    private final Clock clock;

    SharedReads(OkrCache cache, OkrStructure structure, IssueFacts issueFacts, Access access, Clock clock) {
        this.cache = cache;
        this.structure = structure;
        this.issueFacts = issueFacts;
        this.access = access;
        this.clock = clock;
    }

    /** An issue as shared by everyone (never saying whether anyone may browse it), or none: Jira has no such key. */
    record SharedIssue(OkrIssue issue) {
    }

    /** The app's links of one issue, as shared by everyone; {@code schema} names the link types they were read by. */
    record SharedLinks(OkrLinks links, String schema) {
    }

    /** The links of some objectives and of every key result measuring them, by issue key. */
    record Links(Map<String, OkrLinks> objectives, Map<String, OkrLinks> keyResults) {
        Links {
            objectives = Map.copyOf(objectives);
            keyResults = Map.copyOf(keyResults);
        }
    }

    /** The keys one caller may browse among those asked about, and when that was asked. */
    /** The name under which this node's visibility entries are kept until an issue's security changes. */
    record Epoch(String id) {
    }

    /**
     * Drops every caller's visibility of every view, on every node: an issue's security level or project changed, so
     * who may see it changed, and no entry names the issues it holds in its key.
     */
    void forgetVisibility() {
        cache.invalidate(VISIBILITY_EPOCH);
    }

    /**
     * Which of the keys asked ({@code asked} of them, named in the entry's key by their 128-bit hash) one caller may
     * browse, and when that was asked. The keys asked are not kept: should two sets of keys ever share a hash, a key
     * of the second that the first did not ask about is simply not in {@code keys}, so it is hidden (counted, never
     * named); nothing is ever shown that Jira did not say the caller may browse.
     */
    record Browsable(int asked, Set<String> keys, Instant readAt) {
        Browsable {
            keys = Set.copyOf(keys);
        }
    }

    /** A cycle's objectives in a project, found among {@code keys}, in key order. */
    List<OkrIssue> objectives(long cycleId, String projectKey, List<String> keys, OkrSchema schema) {
        List<OkrIssue> found = new ArrayList<>();
        for (OkrIssue issue : issues(keys).values()) {
            if (issue.projectKey().equals(projectKey) && issue.typeId().equals(schema.objectiveTypeId())) {
                found.add(issue);
            }
        }
        found.sort((a, b) -> IssueKey.KEY_ORDER.compare(a.key(), b.key()));
        return found;
    }

    /** Links of the objectives and of the key results (issues of the app's Key Result type) that measure them. */
    Links links(String scope, List<OkrIssue> objectives, OkrSchema schema) {
        Map<String, OkrLinks> ofObjectives = linksOf(objectives, schema);
        Map<String, OkrIssue> krs = new LinkedHashMap<>();
        ofObjectives.values().forEach(l -> l.keyResults().stream()
                .filter(kr -> kr.typeId().equals(schema.keyResultTypeId()))
                .forEach(kr -> krs.putIfAbsent(kr.key(), kr)));
        Map<String, OkrLinks> ofKeyResults = krs.isEmpty() ? Map.of() : linksOf(krs.values(), schema);
        return new Links(ofObjectives, ofKeyResults);
    }

    /** The issue facts of a request: the port caches them issue by issue. */
    FactSet facts(String scope, FactRequest request) {
        return issueFacts.read(request);
    }

    /** Which of {@code keys} the current caller may browse: their own entry, one search per batch when missing. */
    Set<String> browsable(String scope, Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        Set<String> asked = keys instanceof Set<String> set ? set : new LinkedHashSet<>(keys);
        String caller = access.caller().map(Caller::key).orElse("");
        String epoch = cache.get(VISIBILITY_EPOCH, Epoch.class, () -> new Epoch(UUID.randomUUID().toString())).id();
        String key = BROWSABLE + epoch + ":" + caller.length() + ":" + caller + ":" + asked.size() + ":"
                + hash(asked);
        Instant now = clock.instant();
        Browsable cached = cache.get(key, Browsable.class,
                () -> new Browsable(asked.size(), structure.browsable(asked), now));
        if (cached.asked() != asked.size() || cached.readAt().plusSeconds(BROWSABLE_SECONDS).isBefore(now)) {
            cache.invalidate(key);
            cached = cache.get(key, Browsable.class, () -> new Browsable(asked.size(), structure.browsable(asked), now));
        }
        return cached.keys();
    }

    /**
     * Drops the shared entries an event of this issue makes stale, on every node: its own, its links, and the links of
     * the issues at their other end (as this node holds them) and of {@code linked} (issues a change item says were
     * linked or unlinked), since a link has two ends.
     */
    void forget(String key, Collection<String> linked) {
        Set<String> drop = new LinkedHashSet<>();
        drop.add(ISSUE + key);
        drop.add(LINKS + key);
        cache.peek(LINKS + key, SharedLinks.class).ifPresent(before -> keysOf(before.links())
                .forEach(other -> drop.add(LINKS + other)));
        linked.forEach(other -> drop.add(LINKS + other));
        drop.forEach(cache::invalidate);
    }

    /** The issues of these keys, each from its own entry; the missing ones in one search. */
    private Map<String, OkrIssue> issues(Collection<String> keys) {
        Map<String, OkrIssue> found = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String key : new LinkedHashSet<>(keys)) {
            Optional<SharedIssue> cached = cache.peek(ISSUE + key, SharedIssue.class);
            if (cached.isPresent()) {
                if (cached.get().issue() != null) {
                    found.put(key, cached.get().issue());
                }
            } else {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            Map<String, OkrIssue> read = new LinkedHashMap<>();
            structure.issues(missing).forEach(i -> read.put(i.key(), shared(i)));
            for (String key : missing) {
                SharedIssue entry = cache.get(ISSUE + key, SharedIssue.class, () -> new SharedIssue(read.get(key)));
                if (entry.issue() != null) {
                    found.put(key, entry.issue());
                }
            }
        }
        return found;
    }

    /** Each issue's links, from its own entry or read from Jira's link store; the other ends from their entries. */
    private Map<String, OkrLinks> linksOf(Collection<OkrIssue> issues, OkrSchema schema) {
        String tag = schema.measuresLinkTypeId() + ":" + schema.drivesLinkTypeId() + ":" + schema.alignsLinkTypeId();
        Map<String, OkrLinks> links = new LinkedHashMap<>();
        List<OkrIssue> missing = new ArrayList<>();
        for (OkrIssue issue : issues) {
            Optional<SharedLinks> cached = cache.peek(LINKS + issue.key(), SharedLinks.class)
                    .filter(l -> l.schema().equals(tag));
            if (cached.isPresent()) {
                links.put(issue.key(), cached.get().links());
            } else {
                missing.add(issue);
            }
        }
        if (!missing.isEmpty()) {
            Map<String, OkrLinks> read = structure.links(missing, schema);
            for (OkrIssue issue : missing) {
                OkrLinks fresh = shared(read.getOrDefault(issue.key(), OkrLinks.NONE));
                // the other ends as Jira has them now, for the views that follow (an entry made since stays)
                allOf(fresh).forEach(other -> cache.get(ISSUE + other.key(), SharedIssue.class,
                        () -> new SharedIssue(other)));
                SharedLinks entry = cache.get(LINKS + issue.key(), SharedLinks.class, () -> new SharedLinks(fresh, tag));
                if (!entry.schema().equals(tag)) {
                    cache.invalidate(LINKS + issue.key());
                    entry = cache.get(LINKS + issue.key(), SharedLinks.class, () -> new SharedLinks(fresh, tag));
                }
                links.put(issue.key(), entry.links());
            }
        }
        Set<String> others = new LinkedHashSet<>();
        links.values().forEach(l -> others.addAll(keysOf(l)));
        Map<String, OkrIssue> current = issues(others);
        Map<String, OkrLinks> resolved = new LinkedHashMap<>();
        links.forEach((key, l) -> resolved.put(key, new OkrLinks(now(l.keyResults(), current),
                now(l.objectives(), current), now(l.initiatives(), current), now(l.parents(), current),
                now(l.drives(), current))));
        return resolved;
    }

    /** The linked issues as their own entries say they are now; those Jira no longer has are left out. */
    private static List<OkrIssue> now(List<OkrIssue> linked, Map<String, OkrIssue> current) {
        List<OkrIssue> now = new ArrayList<>();
        linked.forEach(i -> {
            OkrIssue issue = current.get(i.key());
            if (issue != null) {
                now.add(issue);
            }
        });
        return now;
    }

    private static List<OkrIssue> allOf(OkrLinks l) {
        List<OkrIssue> all = new ArrayList<>();
        all.addAll(l.keyResults());
        all.addAll(l.objectives());
        all.addAll(l.initiatives());
        all.addAll(l.parents());
        all.addAll(l.drives());
        return all;
    }

    private static Set<String> keysOf(OkrLinks l) {
        Set<String> keys = new LinkedHashSet<>();
        allOf(l).forEach(i -> keys.add(i.key()));
        return keys;
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

    private static OkrLinks shared(OkrLinks l) {
        return new OkrLinks(shared(l.keyResults()), shared(l.objectives()), shared(l.initiatives()),
                shared(l.parents()), shared(l.drives()));
    }

    /**
     * A digest of a set of keys that does not depend on their order: two 64-bit sums of mixed per-key hashes. Only
     * part of a cache key; the entry holds the keys asked about and is used only for exactly those.
     */
    static String hash(Set<String> keys) {
        long a = 0;
        long b = 0;
        for (String key : keys) {
            long h = key.hashCode();
            long f = 0xcbf29ce484222325L;
            for (int i = 0; i < key.length(); i++) {
                f = (f ^ key.charAt(i)) * 0x100000001b3L;
            }
            a += mix(h * 0x9e3779b97f4a7c15L + key.length());
            b += mix(f);
        }
        return Long.toHexString(a) + Long.toHexString(b);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
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
