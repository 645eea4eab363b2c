package dev.northstar.okr.rest;

import dev.northstar.okr.host.Access;
import dev.northstar.okr.host.Caller;

/**
 * Permission checks for REST resources, in the resources' own terms: each method returns the caller or throws the
 * matching 401 / 403 / 404. An issue the caller may not browse answers 404, as Jira does, so that its existence
 * does not leak.
 */
public class Guard {
    private final Access access;

    public Guard(Access access) {
        this.access = access;
    }

    public Caller loggedIn() {
        return access.caller().orElseThrow(() -> new ApiException(401, null, "okr.error.loginRequired"));
    }

    public Caller administrator() {
        Caller caller = loggedIn();
        if (!access.isAdministrator(caller)) {
            throw new ApiException(403, null, "okr.error.adminRequired");
        }
        return caller;
    }

    public Caller projectAdministrator(String projectKey) {
        Caller caller = loggedIn();
        if (!access.isAdministrator(caller) && !access.isProjectAdministrator(caller, projectKey)) {
            throw new ApiException(403, null, "okr.error.projectAdminRequired", projectKey);
        }
        return caller;
    }

    public Caller browser(String issueKey) {
        Caller caller = loggedIn();
        if (!access.canBrowseIssue(caller, issueKey)) {
            throw ApiException.notFound("issueKey", "okr.error.issueNotFound", issueKey);
        }
        return caller;
    }

    public Caller editor(String issueKey) {
        Caller caller = browser(issueKey);
        if (!access.canEditIssue(caller, issueKey)) {
            throw new ApiException(403, "issueKey", "okr.error.editRequired", issueKey);
        }
        return caller;
    }

    /**
     * A caller who may browse the project. 400 without a project key; 404 for a project the caller cannot see, as for
     * issues, so that its existence does not leak.
     */
    public Caller projectBrowser(String projectKey) {
        Caller caller = loggedIn();
        if (projectKey == null || projectKey.isBlank()) {
            throw ApiException.badRequest("project", "okr.error.required");
        }
        if (!access.canBrowseProject(caller, projectKey)) {
            throw ApiException.notFound("project", "okr.error.projectNotFound", projectKey);
        }
        return caller;
    }
}
