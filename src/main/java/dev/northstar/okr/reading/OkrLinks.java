package dev.northstar.okr.reading;

import java.util.List;

/**
 * The app's three link types as seen from one issue.
 *
 * @param keyResults  issues that measure it (inward "measures" links: it is an objective)
 * @param objectives  issues it measures (outward "measures" links: it is a key result)
 * @param initiatives issues that drive it (inward "drives" links: it is a key result)
 * @param parents     objectives it aligns to (outward "aligns" links: it is an objective)
 * @param drives      key results it drives (outward "drives" links: it is an initiative), for the initiative panel
 */
public record OkrLinks(List<OkrIssue> keyResults, List<OkrIssue> objectives, List<OkrIssue> initiatives,
                       List<OkrIssue> parents, List<OkrIssue> drives) {
    public static final OkrLinks NONE = new OkrLinks(List.of(), List.of(), List.of(), List.of(), List.of());

    public OkrLinks {
        keyResults = List.copyOf(keyResults);
        objectives = List.copyOf(objectives);
        initiatives = List.copyOf(initiatives);
        parents = List.copyOf(parents);
        drives = List.copyOf(drives);
    }

    /** Links of an issue that drives nothing (the shape before the initiative panel needed {@code drives}). */
    public OkrLinks(List<OkrIssue> keyResults, List<OkrIssue> objectives, List<OkrIssue> initiatives,
                    List<OkrIssue> parents) {
        this(keyResults, objectives, initiatives, parents, List.of());
    }
}
