/**
 * The app running without Jira: its real REST resources (with the error mapping and XSRF check), screens and
 * storage over a simulated Jira made from an export and an OKR file, on Jersey and the JDK's HTTP server, with demo
 * users, languages and the pages around the app's screens. It may use every app package and the other local
 * packages, and it is the one local package allowed to stand in for Jira's own APIs; nothing shipped depends on it
 * (ArchitectureTest).
 */
package dev.northstar.okr.local.playground;
