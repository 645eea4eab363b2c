package dev.northstar.okr.ui;

import dev.northstar.okr.host.Caller;

import java.util.Optional;

/**
 * Every screen of the app, as view models ready for their templates. Jira's web panels and servlets and the
 * command line playground both render through this, so what a person sees in the preview is what Jira shows.
 * A screen the caller may not see, or that does not apply to the issue (an epic that drives no key result),
 * is empty rather than an error: panels simply do not show.
 */
public interface Screens {

    /** The panel on a Key Result issue. */
    Optional<Screen> keyResultPanel(Caller caller, String issueKey);

    /** The panel on an Objective issue. */
    Optional<Screen> objectivePanel(Caller caller, String issueKey);

    /** The small "drives Key Result ..." panel on an initiative (usually an epic). */
    Optional<Screen> initiativePanel(Caller caller, String issueKey);

    /** The sprint OKR review page; null board and sprint let the person choose. */
    Screen sprintReviewPage(Caller caller, String projectKey, Long boardId, Long sprintId);

    /** The OKR overview page for a cycle (null: the current one), optionally filtered by project and owner. */
    Screen overviewPage(Caller caller, Long cycleId, String projectKey, String owner);

    /** The admin configuration page (Jira administrators only; others get an empty result). */
    Optional<Screen> adminPage(Caller caller);

    /**
     * A project's cycles page (null: the only project with OKRs, else a choice): its cycles and the global ones, with
     * the forms to create, change, close and delete them for who may manage them.
     */
    Screen cyclesPage(Caller caller, String projectKey);

    /** The grading page of a cycle (null: the latest closed one), for anyone who may see the cycle. */
    Screen gradingPage(Caller caller, Long cycleId);
}
