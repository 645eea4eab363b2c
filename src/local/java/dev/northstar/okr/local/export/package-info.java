/**
 * Readers of Jira exports (issues, sprint lists) and OKR definition files into the domain's values: the issue table,
 * sprints and the OKR plan, failing with a one-line {@link dev.northstar.okr.local.export.ExportException} or the
 * domain's own refusal. Depends on {@code domain} and Jackson only; the domain and the engine never depend on it
 * (ArchitectureTest).
 */
package dev.northstar.okr.local.export;
