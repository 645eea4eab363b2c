package dev.northstar.okr.progress;

/**
 * One term of an objective's weighted mean, shown so the roll-up is explainable.
 *
 * @param source "keyResult" or "objective"
 * @param included false for weight 0 or a KR with a configuration error
 */
public record RollupTerm(String source, String key, double weight, double cappedProgress, boolean included,
        String reason) {
}
