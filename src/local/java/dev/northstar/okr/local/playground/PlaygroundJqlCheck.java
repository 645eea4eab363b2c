package dev.northstar.okr.local.playground;

import dev.northstar.okr.keyresult.JqlCheck;

import java.util.List;

/**
 * The simulated Jira as the judge of a key result's query, before it is stored: the part of JQL the playground runs
 * ({@link PlaygroundJql}) passes, anything else is refused with the playground's message in the visitor's language,
 * as Jira refuses with its parser's messages.
 */
public final class PlaygroundJqlCheck implements JqlCheck {

    @Override
    public List<String> problems(String jql) {
        return PlaygroundJql.parse(jql, Visit.current().locale()).problems();
    }
}
