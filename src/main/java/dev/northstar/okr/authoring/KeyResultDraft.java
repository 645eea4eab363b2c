package dev.northstar.okr.authoring;

import dev.northstar.okr.domain.KeyResultKind;

/**
 * A key result to create with a new objective: its summary, kind and weight; for a metric, where it starts, its
 * target and the unit (written to the key result's own Jira fields).
 */
public record KeyResultDraft(String summary, KeyResultKind kind, double weight, Double start, Double target,
                             String unit) {
}
