package dev.northstar.okr.local.simjira;

import dev.northstar.okr.domain.IssueKey;
import dev.northstar.okr.schema.OkrSchemaSpec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated Jira's issue links, by link type name: the data set's links of the app's three types (a key result
 * measures its objective, an initiative drives a key result, an objective aligns to its parent) and any link made
 * through its link service since. Indexed by source and by destination, as Jira's link store reads them per issue.
 * Linking two issues twice is linking them once, as in Jira. Thread-safe.
 */
public final class JiraLinks {
    static final String MEASURES = OkrSchemaSpec.MEASURES.name();
    static final String DRIVES = OkrSchemaSpec.DRIVES.name();
    static final String ALIGNS = OkrSchemaSpec.ALIGNS.name();

    /** One link, from source to destination (its type's outward direction). */
    public record Link(String type, String source, String destination) {
    }

    private final Map<String, List<Link>> outward = new HashMap<>();
    private final Map<String, List<Link>> inward = new HashMap<>();

    /**
     * @param measures key result to the objective it measures
     * @param drives   key result to the initiatives that drive it, in order
     * @param aligns   objective to the objective it aligns to
     */
    JiraLinks(Map<String, String> measures, Map<String, List<String>> drives, Map<String, String> aligns) {
        measures.forEach((kr, objective) -> add(new Link(MEASURES, kr, objective)));
        drives.forEach((kr, initiatives) -> initiatives.forEach(i -> add(new Link(DRIVES, i, kr))));
        aligns.forEach((child, parent) -> add(new Link(ALIGNS, child, parent)));
    }

    /** Adds the link; false when the very same link is there already (nothing changes then). */
    public synchronized boolean add(Link link) {
        List<Link> from = outward.computeIfAbsent(link.source(), k -> new ArrayList<>(2));
        if (from.contains(link)) {
            return false;
        }
        from.add(link);
        inward.computeIfAbsent(link.destination(), k -> new ArrayList<>(2)).add(link);
        return true;
    }

    /** Removes the link; false when there was no such link. */
    public synchronized boolean remove(Link link) {
        List<Link> from = outward.get(link.source());
        if (from == null || !from.remove(link)) {
            return false;
        }
        List<Link> to = inward.get(link.destination());
        if (to != null) {
            to.remove(link);
        }
        return true;
    }

    /** Removes every link of the issue (it is deleted); answers the links removed. */
    synchronized List<Link> removeAll(String key) {
        List<Link> gone = new ArrayList<>(outward(key));
        gone.addAll(inward(key));
        gone.forEach(this::remove);
        return gone;
    }

    /** The links from the issue, in the order they were made. */
    public synchronized List<Link> outward(String source) {
        return List.copyOf(outward.getOrDefault(source, List.of()));
    }

    /** The links to the issue, in the order they were made. */
    public synchronized List<Link> inward(String destination) {
        return List.copyOf(inward.getOrDefault(destination, List.of()));
    }

    Optional<String> objectiveOf(String keyResult) {
        return destinations(keyResult, MEASURES).stream().findFirst();
    }

    List<String> keyResultsOf(String objective) {
        return sorted(sources(objective, MEASURES));
    }

    List<String> initiativesOf(String keyResult) {
        return sources(keyResult, DRIVES);
    }

    List<String> keyResultsDrivenBy(String initiative) {
        return sorted(destinations(initiative, DRIVES));
    }

    Optional<String> parentOf(String objective) {
        return destinations(objective, ALIGNS).stream().findFirst();
    }

    List<String> alignedTo(String objective) {
        return sorted(sources(objective, ALIGNS));
    }

    private List<String> destinations(String source, String type) {
        return outward(source).stream().filter(l -> l.type().equals(type)).map(Link::destination).toList();
    }

    private List<String> sources(String destination, String type) {
        return inward(destination).stream().filter(l -> l.type().equals(type)).map(Link::source).toList();
    }

    private static List<String> sorted(List<String> keys) {
        return keys.stream().sorted(IssueKey.KEY_ORDER).toList();
    }
}
