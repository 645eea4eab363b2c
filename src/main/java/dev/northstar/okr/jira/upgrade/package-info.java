/**
 * SAL upgrade tasks, numbered by build: SAL runs each task above the stored build once per cluster, and each runs
 * the idempotent setup ({@code schema.OkrSetup}). Depends on SAL and {@code schema} only.
 */
package dev.northstar.okr.jira.upgrade;
