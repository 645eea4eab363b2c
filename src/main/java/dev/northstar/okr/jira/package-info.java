/**
 * The one door to Jira: adapters that implement the app's ports over Jira's API ({@code host}'s, and the feature
 * packages' such as {@code reading.IssueFacts}, {@code reading.OkrStructure}, {@code schema.JiraSchemaGateway} and
 * {@code keyresult.JqlCheck}), and the plugin modules Jira calls (servlets, panel conditions and contexts, the issue
 * listener, the lifecycle hook). Only this package, and the playground that stands in for Jira, may use Jira, SAL
 * (but its transaction callback), events, caches, cluster locks, the template renderer and web resources
 * (ArchitectureTest); the feature packages use only Active Objects and the REST plugin's annotations. It may depend
 * on every app package and none depends on it, which keeps the OKR rules testable in plain Java and confines Jira
 * API changes between versions to this package.
 */
package dev.northstar.okr.jira;
