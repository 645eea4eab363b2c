/**
 * The OKR domain in plain Java: immutable values for cycles, objectives, key results (kind, metric spec and source,
 * initiatives, status credit), check-ins, sprints and issue facts, with the columnar {@link
 * dev.northstar.okr.domain.IssueTable} that holds a million issues. Each value checks itself on construction and
 * refuses with {@link dev.northstar.okr.domain.DomainException}, the domain's invalid-input kind. Depends on the
 * {@code errors} package and the JDK only: no platform API, no storage, and not on the engine in {@code progress}
 * (ArchitectureTest).
 */
package dev.northstar.okr.domain;
