package dev.northstar.okr.host;

/**
 * Where the host's own pages live, for the links the screens print (an issue, the REST API). Links must start with
 * the host's context path: a panel can be shown on the issue page, a board's detail view or a dashboard, so a
 * relative link would point somewhere different on each.
 */
public interface PagePaths {

    /** The path every page of the host starts with: "" when Jira runs at the server's root, else e.g. "/jira". */
    String contextPath();
}
