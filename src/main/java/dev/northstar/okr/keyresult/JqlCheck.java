package dev.northstar.okr.keyresult;

import java.util.List;

/** Whether Jira can run a key result's JQL, asked before storing it, and what it finds for the person typing it. */
public interface JqlCheck {

    /** Jira's own messages, in the caller's language, explaining why it cannot run the query; empty when it can. */
    List<String> problems(String jql);

    /**
     * Jira's check of the query as {@link #problems}, then, when it passes, how many issues it finds searched as the
     * caller (Jira's own permissions and issue security: never an issue the caller may not browse).
     */
    Preview preview(String jql);

    /** How many issues a query finds for the caller, or why Jira cannot run it (never both). */
    record Preview(int count, List<String> problems) {
        public Preview {
            problems = List.copyOf(problems);
        }

        public static Preview found(int count) {
            return new Preview(count, List.of());
        }

        public static Preview refused(List<String> problems) {
            return new Preview(0, problems);
        }

        public boolean valid() {
            return problems.isEmpty();
        }
    }
}
