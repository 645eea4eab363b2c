package dev.northstar.okr.rest;

import dev.northstar.okr.errors.InvalidInputException;
import dev.northstar.okr.errors.NotFoundException;
import dev.northstar.okr.host.Access;
import dev.northstar.okr.host.Caller;

import java.util.function.Predicate;

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
        return access.caller().orElseThrow(() -> ApiException.unauthorized("okr.error.loginRequired"));
    }

    public Caller administrator() {
        Caller caller = loggedIn();
        if (!access.isAdministrator(caller)) {
            throw ApiException.forbidden(null, "okr.error.adminRequired");
        }
        return caller;
    }

    public Caller projectAdministrator(String projectKey) {
        Caller caller = loggedIn();
        if (!access.isAdministrator(caller) && !access.isProjectAdministrator(caller, projectKey)) {
            throw ApiException.forbidden(null, "okr.error.projectAdminRequired", projectKey);
        }
        return caller;
    }

    public Caller browser(String issueKey) {
        return browser(issueKey, "issueKey");
    }

    public Caller editor(String issueKey) {
        Caller caller = browser(issueKey);
        if (!access.canEditIssue(caller, issueKey)) {
            throw ApiException.forbidden("issueKey", "okr.error.editRequired", issueKey);
        }
        return caller;
    }

    /**
     * A caller who may browse the project. 400 without a project key; 404 for a project the caller cannot see, as for
     * issues, so that its existence does not leak.
     */
    public Caller projectBrowser(String projectKey) {
        loggedIn();
        if (projectKey == null || projectKey.isBlank()) {
            throw new InvalidInputException("project", "okr.error.required");
        }
        return projectBrowser(projectKey, "project");
    }

    // For stored OKR data (cycles, check-ins, KR and objective settings, grades)

    /** As {@link #browser(String)}, naming {@code field} (a path or body field) as the one at fault. */
    public Caller browser(String issueKey, String field) {
        Caller caller = loggedIn();
        if (!plausibleKey(issueKey) || !access.canBrowseIssue(caller, issueKey)) {
            throw new NotFoundException(field, "okr.error.issueNotFound", issueKey);
        }
        return caller;
    }

    /**
     * Whether a key from an address could name anything the app stores about: at most {@value #MAX_KEY} characters,
     * none of them a control character or half of a surrogate pair. Anything else is unknown (404) without asking
     * Jira, whose database may refuse to look it up (PostgreSQL refuses a NUL character). The bound keeps a pair of
     * keys (a key result and an initiative, a cycle and an issue) within one 255-character column; Jira's issue keys
     * are far shorter (its default project key is at most 10 characters).
     */
    static final int MAX_KEY = 120;

    static boolean plausibleKey(String key) {
        return key != null && !key.isEmpty() && key.length() <= MAX_KEY && JsonInput.storable(key)
                && key.chars().noneMatch(Character::isISOControl);
    }

    /** Whether the caller may see the issue: for filtering lists, where a hidden issue is left out, not refused. */
    public boolean mayBrowse(Caller caller, String issueKey) {
        return access.canBrowseIssue(caller, issueKey);
    }

    /** Whether the caller may edit the issue: for parts of an answer only its editors may read. */
    public boolean mayEdit(Caller caller, String issueKey) {
        return access.canBrowseIssue(caller, issueKey) && access.canEditIssue(caller, issueKey);
    }

    /** The caller when they may browse the project; 404 otherwise, so that a hidden project looks unknown. */
    public Caller projectBrowser(String projectKey, String field) {
        Caller caller = loggedIn();
        if (!plausibleKey(projectKey) || !access.canBrowseProject(caller, projectKey)) {
            throw new NotFoundException(field, "okr.error.projectNotFound", projectKey);
        }
        return caller;
    }

    /**
     * The caller when a feature's own rule allows them (a rule that lives with its feature, such as who manages a
     * cycle); 401 anonymous, else 403 with the given message.
     */
    public Caller permitted(Predicate<Caller> rule, String messageKey, Object... arguments) {
        Caller caller = loggedIn();
        if (!rule.test(caller)) {
            throw ApiException.forbidden(null, messageKey, arguments);
        }
        return caller;
    }
}
