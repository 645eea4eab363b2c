package dev.northstar.okr.domain;

/** Where an issue's done instant comes from, best evidence first. */
public enum DoneSource {
    /** Not done now. */
    NONE,
    /** First transition into a done status in the change history. */
    TRANSITION,
    /**
     * The first time the resolution was set, from the change history, when that came before any move into a status
     * known as done (a status renamed or removed by a workflow migration is no longer known as done).
     */
    RESOLUTION_SET,
    /** The resolution date. */
    RESOLUTION,
    /** The last update: it was done no later than this (the export guarantees no more). */
    UPDATED,
    /** Nothing but the creation time is known; a last resort for exports without dates. */
    CREATED
}
