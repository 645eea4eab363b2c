package dev.northstar.okr.ui;

import java.util.List;

/**
 * The inline rating of one initiative in the Key Result panel: scope, impact and effort, saved through
 * {@code PUT /keyresults/{key}/initiatives/{initiativeKey}}. Only for those who may edit the key result. Immutable;
 * every text is plain: the template engine escapes it.
 */
public final class InitiativeRating {
    private final String putPath;
    private final List<Option> scopes;
    private final List<Option> impacts;
    private final List<Option> efforts;

    InitiativeRating(String putPath, List<Option> scopes, List<Option> impacts, List<Option> efforts) {
        this.putPath = putPath;
        this.scopes = List.copyOf(scopes);
        this.impacts = List.copyOf(impacts);
        this.efforts = List.copyOf(efforts);
    }

    /** REST path the rating is saved to */
    public String getPutPath() {
        return putPath;
    }

    /** Must have, nice to have, not in scope */
    public List<Option> getScopes() {
        return scopes;
    }

    /** Not scored, 1 to 5 */
    public List<Option> getImpacts() {
        return impacts;
    }

    /** Not scored, 1 to 5 */
    public List<Option> getEfforts() {
        return efforts;
    }
}
