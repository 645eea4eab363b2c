/**
 * The app running without Jira: its real REST resources, screens and storage over a simulated Jira made from an
 * export and an OKR file, on Jersey and the JDK's HTTP server, with demo users and languages. It stands in for Jira
 * by implementing the host and feature ports (access, texts, settings storage, cache, cluster locks, issue facts,
 * OKR structure, schema gateway, JQL check) and the Active Objects service. May use every app package and the other
 * local packages; nothing shipped depends on it (ArchitectureTest).
 */
package dev.northstar.okr.local.playground;
