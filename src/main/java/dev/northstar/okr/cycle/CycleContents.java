package dev.northstar.okr.cycle;

import java.util.List;

/**
 * What another feature holds in a cycle, asked before the cycle is deleted: a cycle is deleted only when nothing is
 * placed in it, so that no objective is left pointing at a cycle that is gone and no grade loses its cycle. The
 * features that place things in cycles implement it ({@code objective}: objectives placed in it; {@code grade}:
 * grades given at its close), so that this package depends on none of them.
 */
public interface CycleContents {

    /** What a feature holds in cycles; the refusal names each kind in its own words. */
    enum Kind {
        /** Objectives placed in the cycle (their settings name it). */
        OBJECTIVES,
        /** Grades given to objectives and key results when the cycle closed: the cycle's record. */
        GRADES
    }

    Kind kind();

    /** The keys of the issues this feature holds in the cycle, any order; empty when it holds nothing. */
    List<String> issueKeys(long cycleId);
}
