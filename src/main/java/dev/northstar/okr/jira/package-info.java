/**
 * The one door to Jira: every class that imports Jira, SAL or another Atlassian platform service lives here and
 * implements one of the app's own interfaces ({@code host} and the feature packages' ports). The rest of the app
 * never sees a Jira type, which keeps the OKR rules testable in plain Java and confines Jira API changes between
 * versions to this package.
 */
package dev.northstar.okr.jira;
