package dev.northstar.okr.domain;

/**
 * Where an issue's in-progress instant (when it first left "to do") comes from, best evidence first. Like
 * {@link DoneSource}, every fallback is a bound the data guarantees, so partial credit is never given early.
 */
public enum InProgressSource {
    /** To do now: it earns no in-progress credit at any instant. */
    NONE,
    /**
     * The change history: the first move into a status of category in progress or done (or, when the first status
     * change leaves such a status, the creation, since it held that status from the start).
     */
    TRANSITION,
    /** Done now without such history: the done instant, the latest moment it can have left "to do". */
    DONE,
    /** In progress now without history: its last update, no later than which it was in its current status. */
    UPDATED,
    /** In progress now with neither history nor update time; a last resort for exports without dates. */
    CREATED
}
