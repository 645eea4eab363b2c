package dev.northstar.okr.progress;

/** Progress compared with the elapsed part of the cycle. */
public enum PaceStatus {
    NOT_STARTED("not-started"), JUST_STARTED("just-started"), ON_TRACK("on-track"), AT_RISK("at-risk"),
    OFF_TRACK("off-track");

    private final String id;

    PaceStatus(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
