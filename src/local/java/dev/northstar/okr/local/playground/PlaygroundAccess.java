package dev.northstar.okr.local.playground;

import dev.northstar.okr.host.Access;
import dev.northstar.okr.host.Caller;

import java.util.Optional;

/**
 * Who may do what in the playground: the demo users' rights ({@link DemoUser}) over the simulated Jira's projects
 * and issue security levels. Anonymous visitors may browse nothing, as on a Jira without anonymous access.
 */
public final class PlaygroundAccess implements Access {
    private final PlaygroundJira jira;

    public PlaygroundAccess(PlaygroundJira jira) {
        this.jira = jira;
    }

    @Override
    public Optional<Caller> caller() {
        Visit visit = Visit.current();
        return visit.user() == null ? Optional.empty()
                : Optional.of(new Caller(visit.user().key(), visit.user().displayName(), visit.locale()));
    }

    @Override
    public boolean isAdministrator(Caller caller) {
        return user(caller).map(DemoUser::administrator).orElse(false);
    }

    @Override
    public boolean isProjectAdministrator(Caller caller, String projectKey) {
        return canBrowseProject(caller, projectKey)
                && user(caller).map(u -> u.administrator() || u.projectAdmin()).orElse(false);
    }

    @Override
    public boolean canBrowseProject(Caller caller, String projectKey) {
        return projectKey != null && jira.projects().containsKey(projectKey)
                && user(caller).map(u -> u.browses(projectKey)).orElse(false);
    }

    @Override
    public boolean canBrowseIssue(Caller caller, String issueKey) {
        return jira.issue(issueKey).filter(issue -> canBrowseProject(caller, issue.projectKey()))
                .filter(issue -> issue.securityLevel() == null || user(caller).map(DemoUser::secured).orElse(false))
                .isPresent();
    }

    @Override
    public boolean canEditIssue(Caller caller, String issueKey) {
        return canBrowseIssue(caller, issueKey) && user(caller).map(DemoUser::edit).orElse(false);
    }

    /** Whether the visitor of this request may browse the issue (for the read side's visibility marks). */
    boolean visible(String issueKey) {
        return caller().map(c -> canBrowseIssue(c, issueKey)).orElse(false);
    }

    /** The demo user behind a caller of this request; a stale caller counts as anonymous, as in JiraAccess. */
    private static Optional<DemoUser> user(Caller caller) {
        DemoUser current = Visit.current().user();
        return caller != null && current != null && current.key().equals(caller.key())
                ? Optional.of(current) : Optional.empty();
    }
}
