package dev.northstar.okr.jira;

import dev.northstar.okr.keyresult.JqlCheck;

import java.util.List;

/**
 * Jira as the judge of a key result's query: {@code SearchService.parseQuery}, then {@code validateQuery}, both as
 * the editing user, so the messages are in their language and name nothing they may not see. The query may still
 * fail later (a field deleted since); that shows as the key result's error, never as a failed view.
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
}
