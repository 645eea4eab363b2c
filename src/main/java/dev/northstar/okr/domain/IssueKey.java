package dev.northstar.okr.domain;

/** A Jira issue key split into project and number ("TIMOB-1234"). */
public record IssueKey(String project, int number) implements Comparable<IssueKey> {
    /**
     * Natural order of key strings: by project, then by number (TIMOB-9 before TIMOB-10). Never throws: a text that
     * is no issue key (data edited by hand) sorts after every key, by its text.
     */
    public static final java.util.Comparator<String> KEY_ORDER = IssueKey::compareKeys;
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("(.+)-(\\d{1,18})");

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

    private static int compareKeys(String a, String b) {
        java.util.regex.Matcher x = KEY.matcher(a);
        java.util.regex.Matcher y = KEY.matcher(b);
        boolean xKey = x.matches();
        boolean yKey = y.matches();
        if (xKey && yKey) {
            int project = x.group(1).compareTo(y.group(1));
            return project != 0 ? project : Long.compare(Long.parseLong(x.group(2)), Long.parseLong(y.group(2)));
        }
        if (xKey != yKey) {
            return xKey ? -1 : 1;
        }
        return a.compareTo(b);
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
