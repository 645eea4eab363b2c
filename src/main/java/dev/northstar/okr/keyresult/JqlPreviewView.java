package dev.northstar.okr.keyresult;

/**
 * What a key result's query would find for the person typing it: {@code count} issues they may browse (Jira's search
 * as them), for the query as Jira was given it ({@code jql}, without surrounding white space).
 */
public record JqlPreviewView(String issueKey, String jql, int count) {
}
