package dev.northstar.okr.local.simjira;

import java.util.ListResourceBundle;

/**
 * Why the simulated Jira refuses a query, where Jira's parser would give its own message; Korean in
 * {@link JqlTexts_ko}.
 */
public class JqlTexts extends ListResourceBundle {
    @Override
    protected Object[][] getContents() {
        return new Object[][] {
                {"jql.empty", "The query is empty."},
                {"jql.syntax", "The playground cannot read the query near \"{0}\": it runs field = value, field != value,"
                        + " field in (a, b) and field not in (a, b), joined with AND."},
                {"jql.unsupported", "The playground runs only a small part of JQL, without \"{0}\": clauses joined with"
                        + " AND, each field = value, field != value, field in (...) or field not in (...)."},
                {"jql.unsupportedField", "The playground''s JQL does not know the field \"{0}\"; it knows project,"
                        + " issuetype, status, statusCategory, key, parent, \"Epic Link\" and sprint."},
        };
    }
}
