/**
 * A Jira at the level of Jira's own API: {@code SimulatedJira} implements the Atlassian services the app declares
 * (issues, custom fields and their history, issue and link types, statuses, links, projects, permissions and issue
 * security, a JQL subset, the logged-in user, SAL's settings, cache, cluster locks, events, templates and web
 * resources) over a data set ({@code JiraData}), and counts every call. The app's {@code jira} package runs on it
 * unchanged. It may use the Atlassian declarations, {@code domain}, {@code schema}'s specs and {@code host}'s
 * Velocity port; it never uses the app's {@code jira} adapters, which it stands beneath.
 */
package dev.northstar.okr.local.simjira;
