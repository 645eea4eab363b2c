package dev.northstar.okr.storage;

import dev.northstar.okr.errors.RefusedException;

import java.util.function.Supplier;

/**
 * Create-or-replace writes keyed by a unique column: two nodes can both find no row and both insert, and the
 * database refuses the second insert. Running the write once more then finds the winner's row and replaces it, so
 * neither write is lost and no duplicate is stored. A refusal (invalid input and the like) is never retried.
 */
public final class UniqueRace {
    private UniqueRace() {
    }

    public static <T> T retryOnce(Supplier<T> write) {
        try {
            return write.get();
        } catch (RefusedException refused) {
            throw refused;
        } catch (RuntimeException lost) {
            try {
                return write.get();
            } catch (RuntimeException again) {
                again.addSuppressed(lost);
                throw again;
            }
        }
    }
}
