package dev.northstar.okr.keyresult;

import java.util.List;

/** Whether Jira can run a key result's JQL, asked before storing it. */
public interface JqlCheck {

    /** Jira's own messages, in the caller's language, explaining why it cannot run the query; empty when it can. */
    List<String> problems(String jql);
}
