package dev.northstar.okr.local.playground;

import java.util.ListResourceBundle;

/**
 * The playground's own words (the banner, the switches, the start page, the
 * simulated issue view and its JQL), in English; Korean in
 * {@link PlaygroundTexts_ko}. Kept apart from the app's bundles, which ship in the plugin, since none of this is
 * ever shown inside Jira.
 */
public class PlaygroundTexts extends ListResourceBundle {
    @Override
    protected Object[][] getContents() {
        return new Object[][] {
                {"title", "Northstar OKR playground"},
                {"banner", "Preview outside Jira: Northstar OKR runs here on a local playground with a simulated Jira"
                        + " (data set \"{0}\"). Issues come from a file; nothing here reaches a Jira."},
                {"aui.missing", "AUI is not installed, so pages lack Jira''s styles: run \"npm ci\" in the project."},
                {"user", "Viewing as"},
                {"user.anonymous", "Anonymous (not logged in)"},
                {"language", "Language"},
                {"issues", "Issues"},
                {"issues.hidden", "{0} more {0,choice,0#issues|1#issue|1<issues} you cannot see"},
                {"start.intro", "Northstar OKR as it shows inside Jira: its panels on the issue pages below and its"
                        + " pages, over a simulated Jira. Choose who you are and your language above."},
                {"screens.panels", "The Key Result, Objective and initiative panels are on the issue pages of the"
                        + " issues below."},
                {"issue.details", "Details"},
                {"screens", "Screens"},
                {"screen.overview", "OKR overview"},
                {"screen.sprintReview", "Sprint OKR review"},
                {"screen.admin", "Administration"},
                {"screen.cycles", "OKR cycles"},
                {"screen.grading", "OKR grading"},
                {"rest", "REST API"},
                {"loginRequired", "Log in to see this page: choose a user above."},
                {"noScreen", "Nothing to show here for this user."},
                {"issue.type", "Type"},
                {"issue.status", "Status"},
                {"issue.project", "Project"},
                {"issue.security", "Security level"},
                {"issue.links", "Issue links"},
                {"issue.jiraNames", "Type, status and link names are Jira''s: Jira shows them as its administrators"
                        + " named them (the app names its own types and links in English when it creates them), in"
                        + " every language. The app''s panels word them in yours."},
        };
    }
}

