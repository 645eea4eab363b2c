package dev.northstar.okr.domain;

/** A Jira issue key split into project and number ("TIMOB-1234"). */
public record IssueKey(String project, int number) implements Comparable<IssueKey> {
    /** Natural order of key strings: by project, then by number (TIMOB-9 before TIMOB-10). */
    public static final java.util.Comparator<String> KEY_ORDER =
            java.util.Comparator.comparing(IssueKey::parse);

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
