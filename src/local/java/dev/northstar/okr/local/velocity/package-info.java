/**
 * The app's templates rendered by plain Apache Velocity configured as Jira's renderer (HTML auto-escaping, the
 * plugin's method allowlist), so that the playground and the tests see what Jira shows; it implements {@code
 * host.Templates} outside Jira. Depends on {@code host} and Velocity only.
 */
package dev.northstar.okr.local.velocity;
