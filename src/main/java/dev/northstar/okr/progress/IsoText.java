package dev.northstar.okr.progress;

import java.time.Instant;

/**
 * An instant as ISO text, made once per instant: one evaluation names its instant in the notes of many key results,
 * and a trend chart evaluates a dozen instants per view. Safe to share: the remembered pair is immutable, so two
 * threads racing only make the same text twice.
 */
final class IsoText {
    private volatile Made last;

    String of(Instant at) {
        Made made = last;
        if (made == null || !made.at().equals(at)) {
            made = new Made(at, at.toString());
            last = made;
        }
        return made.text();
    }

    private record Made(Instant at, String text) {
    }
}
