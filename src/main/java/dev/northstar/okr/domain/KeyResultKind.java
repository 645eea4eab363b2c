package dev.northstar.okr.domain;

import java.util.Locale;

/** How a key result is measured. */
public enum KeyResultKind {
    ISSUE_COUNT("issue-count"), STORY_POINTS("story-points"), METRIC("metric"), MILESTONE("milestone");

    private final String id;

    KeyResultKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static KeyResultKind fromId(String id) {
        for (KeyResultKind k : values()) {
            if (k.id.equals(id) || k.name().equals(id == null ? null : id.toUpperCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new DomainException("okr.error.unknownKind", "kind",
                "unknown kind \"" + id + "\" (expected issue-count, story-points, metric or milestone)");
    }
}
