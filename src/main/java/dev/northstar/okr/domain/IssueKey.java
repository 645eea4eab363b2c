package dev.northstar.okr.domain;

/** A Jira issue key split into project and number ("TIMOB-1234"). */
public record IssueKey(String project, int number) implements Comparable<IssueKey> {
    /**
     * Natural order of key strings: by project, then by number (TIMOB-9 before TIMOB-10). Never throws: a text that
     * is no issue key (data edited by hand) sorts after every key, by its text.
     */
    public static final java.util.Comparator<String> KEY_ORDER = IssueKey::compareKeys;

    public IssueKey {
        Checks.notBlank(project, "issue key project");
        if (number < 0) {
            throw new DomainException("okr.error.issueKey", "key", "issue number must not be negative: " + number);
        }
    }

    public static IssueKey parse(String key) {
        Checks.notBlank(key, "issue key");
        int dash = key.lastIndexOf('-');
        if (dash <= 0 || dash == key.length() - 1) {
            throw new DomainException("okr.error.issueKey", "key", "not an issue key: \"" + key + "\"");
        }
        try {
            return new IssueKey(key.substring(0, dash), Integer.parseInt(key.substring(dash + 1)));
        } catch (NumberFormatException e) {
            throw new DomainException("okr.error.issueKey", "key", "not an issue key: \"" + key + "\"");
        }
    }

    /**
     * Keys compare as the pattern {@code (.+)-(\d{1,18})} splits them (the project: any text without a line break; the
     * number: 1 to 18 ASCII digits after the last dash), without a regular expression: sorting thousands of keys per
     * view is on the read path.
     */
    private static int compareKeys(String a, String b) {
        int x = dash(a);
        int y = dash(b);
        if (x > 0 && y > 0) {
            int project = a.substring(0, x).compareTo(b.substring(0, y));
            return project != 0 ? project
                    : Long.compare(Long.parseLong(a.substring(x + 1)), Long.parseLong(b.substring(y + 1)));
        }
        if ((x > 0) != (y > 0)) {
            return x > 0 ? -1 : 1;
        }
        return a.compareTo(b);
    }

    /** Where an issue key's number starts, less one (its last dash), or -1 when the text is no issue key. */
    private static int dash(String key) {
        int dash = key.lastIndexOf('-');
        int digits = key.length() - dash - 1;
        if (dash <= 0 || digits < 1 || digits > 18) {
            return -1;
        }
        for (int i = dash + 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
        }
        for (int i = 0; i < dash; i++) {
            char c = key.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return -1;
            }
        }
        return dash;
    }

    @Override
    public int compareTo(IssueKey o) {
        int c = project.compareTo(o.project);
        return c != 0 ? c : Integer.compare(number, o.number);
    }

    @Override
    public String toString() {
        return project + "-" + number;
    }
}
