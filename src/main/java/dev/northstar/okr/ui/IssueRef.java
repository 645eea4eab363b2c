package dev.northstar.okr.ui;

/**
 * An issue the caller may see, as a link. Immutable; every text is plain: the template engine escapes it.
 */
public final class IssueRef {
    private final String key;
    private final String url;
    private final String summary;
    private final String detail;

    public IssueRef(String key, String url, String summary, String detail) {
        this.key = key;
        this.url = url;
        this.summary = summary;
        this.detail = detail;
    }

    /** Issue key */
    public String getKey() {
        return key;
    }

    /** Link to the issue */
    public String getUrl() {
        return url;
    }

    /** Summary, may be empty */
    public String getSummary() {
        return summary;
    }

    /** A short addition such as "3 points"; null when none */
    public String getDetail() {
        return detail;
    }
}
