package dev.northstar.okr.ui;

/**
 * One linked issue with the address that unlinks it (issue 10's link controls). Immutable; every text is plain: the
 * template engine escapes it.
 */
public final class LinkRow {
    private final String key;
    private final String summary;
    private final String url;
    private final String unlinkPath;

    public LinkRow(String key, String summary, String url, String unlinkPath) {
        this.key = key;
        this.summary = summary;
        this.url = url;
        this.unlinkPath = unlinkPath;
    }

    /** Issue key */
    public String getKey() {
        return key;
    }

    /** Its summary */
    public String getSummary() {
        return summary;
    }

    /** Link to the issue */
    public String getUrl() {
        return url;
    }

    /** REST address that removes the link (DELETE) */
    public String getUnlinkPath() {
        return unlinkPath;
    }
}
