package dev.northstar.okr.jira;

import dev.northstar.okr.keyresult.JqlCheck;

import java.util.List;

/**
 * Jira as the judge of a key result's query: {@code SearchService.parseQuery}, then {@code validateQuery}, both as
 * the editing user, so the messages are in their language and name nothing they may not see. The query may still
 * fail later (a field deleted since); that shows as the key result's error, never as a failed view. A preview counts
 * what the query finds with Jira's search as that user (never with security overridden).
 */
public class JiraJqlCheck implements JqlCheck {
    private final JqlPages pages;

    public JiraJqlCheck(JqlPages pages) {
        this.pages = pages;
    }

    @Override
    public List<String> problems(String jql) {
        return pages.validate(jql);
    }

    @Override
    public Preview preview(String jql) {
        JqlPages.Parsed parsed = pages.parse(jql);
        if (!parsed.valid()) {
            return Preview.refused(parsed.errors());
        }
        List<String> problems = pages.validate(parsed.query());
        if (!problems.isEmpty()) {
            return Preview.refused(problems);
        }
        try {
            return Preview.found(pages.count(parsed.query()));
        } catch (JqlPages.SearchFailed failed) {
            // a query Jira accepted but could not run (a field gone since it was parsed): Jira's message
            return Preview.refused(List.of(failed.getMessage() == null ? jql : failed.getMessage()));
        }
    }
}
