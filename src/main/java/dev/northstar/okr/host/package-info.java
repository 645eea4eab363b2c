/**
 * What the app needs from its host, in the app's own terms: who is calling, what they may see and do, texts in
 * their language, and a place to keep settings. Inside Jira the {@code jira} package implements these; the
 * command line playground implements them without Jira. Nothing here imports a host API.
 */
package dev.northstar.okr.host;
