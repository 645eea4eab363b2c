/**
 * The app running without Jira: the composition root ({@code PlaygroundComponents} builds the app from the plugin's
 * own Spring wiring over the simulated Jira of {@code local.simjira}), the HTTP server with the app's real REST
 * resources and screens, the pages around them (Velocity templates of their own), Jira Software's board REST, the
 * demo data and its users and languages. It may use every app package and the other local packages; nothing
 * shipped depends on it (ArchitectureTest).
 */
package dev.northstar.okr.local.playground;
