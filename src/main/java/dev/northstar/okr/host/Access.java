package dev.northstar.okr.host;

import java.util.Optional;

/**
 * The single source of truth for who may do what. Every REST resource and screen asks this, never the host
 * directly, so that the permission rules live in one place and can be tested as a matrix.
 */
public interface Access {

    /** The logged-in caller of the current request, empty for anonymous requests. */
    Optional<Caller> caller();

    /** Jira administrators (global "Administer Jira" permission, or system administrators). */
    boolean isAdministrator(Caller caller);

    /** Whether the caller may administer the given project (project admins manage their project's cycles). */
    boolean isProjectAdministrator(Caller caller, String projectKey);

    /** Whether the caller (or anonymous, when {@code caller} is null) may browse the given project. */
    boolean canBrowseProject(Caller caller, String projectKey);

    /** Whether the caller may see the issue, taking issue security into account. */
    boolean canBrowseIssue(Caller caller, String issueKey);

    /** Whether the caller may edit the issue (KR configuration is changed by the KR issue's editors). */
    boolean canEditIssue(Caller caller, String issueKey);
}
