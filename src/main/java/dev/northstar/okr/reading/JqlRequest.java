package dev.northstar.okr.reading;

/**
 * A key result's own JQL, to run for its figures: as its scope (issue count, story points, milestone) or as the
 * issues whose count, sum or average is its metric.
 *
 * @param aggregateField the numeric field (an id such as customfield_10002, or a field name) whose values over time
 *                       are read for each issue found, for a sum or an average; empty for a scope or a count
 * @param owner          the Jira user key of who last saved the key result's settings: the query runs as that user,
 *                       with their permissions (Jira's security is never overridden for it); empty when unknown
 */
public record JqlRequest(String jql, String aggregateField, String owner) {
    public JqlRequest {
        jql = jql == null ? "" : jql.strip();
        aggregateField = aggregateField == null ? "" : aggregateField.strip();
        owner = owner == null ? "" : owner;
    }
}
