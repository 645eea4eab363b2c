package dev.northstar.okr.authoring;

/**
 * One of the app's links between two issues, as the user makes or removes it from one of them (the acting issue:
 * Jira checks the Link Issues permission on its project).
 *
 * @param outward whether the link goes from the acting issue to the other one (the acting issue is the link's
 *                source: a child objective aligning to its parent); else it comes from the other issue (an initiative
 *                linked from the key result it drives)
 */
public record LinkChange(String actingKey, String otherKey, long linkTypeId, boolean outward) {

    /** The link's source issue. */
    public String sourceKey() {
        return outward ? actingKey : otherKey;
    }

    /** The link's destination issue. */
    public String destinationKey() {
        return outward ? otherKey : actingKey;
    }
}
