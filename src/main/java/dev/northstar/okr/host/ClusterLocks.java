package dev.northstar.okr.host;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;

/**
 * Locks shared by every node of a Jira Data Center cluster, so that work which must happen once (creating the
 * app's issue types, a scheduled job) is not done by two nodes at the same time.
 */
public interface ClusterLocks {

    /**
     * Runs {@code work} while holding the lock {@code name}, waiting at most {@code wait} for it. Empty when the lock
     * could not be had in time (someone else is doing the work); the lock is always released afterwards, also when
     * {@code work} throws.
     */
    <T> Optional<T> withLock(String name, Duration wait, Supplier<T> work);

    /** {@link #withLock} over one lock: how every implementation holds the lock it names. */
    static <T> Optional<T> holding(Lock lock, Duration wait, Supplier<T> work) {
        try {
            if (!lock.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(work.get());
        } finally {
            lock.unlock();
        }
    }
}
