package dev.northstar.okr.storage;

import dev.northstar.okr.errors.ConflictException;
import dev.northstar.okr.host.ClusterLocks;
import dev.northstar.okr.host.JvmClusterLocks;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Serializes the writes of one stored item (a key result's settings, a cycle, a grade) across every node of the
 * cluster, so that a read-merge-write stores exactly one request's values whatever runs beside it. Items share a
 * fixed number of cluster locks by the hash of their key: Jira keeps a row for every lock name it ever saw, so the
 * names must not grow with the data. A writer that cannot have the lock in time is refused with 409 (try again),
 * never left waiting.
 */
public final class ItemLocks {
    /** Lock names per kind of item: enough that unrelated writes rarely wait for each other. */
    static final int STRIPES = 64;
    static final Duration WAIT = Duration.ofSeconds(20);
    private static final String PREFIX = "dev.northstar.okr.write.";

    private final ClusterLocks locks;
    private final String kind;

    /**
     * @param kind the kind of item, part of each lock's name ({@code kr-settings}, {@code cycle})
     */
    public ItemLocks(ClusterLocks locks, String kind) {
        this.locks = locks;
        this.kind = kind;
    }

    /**
     * Locks held in this JVM only: for one node on its own (tests, the command line), never for a cluster, where
     * the repositories are built with Jira's cluster locks.
     */
    public static ItemLocks inThisJvm(String kind) {
        return new ItemLocks(new JvmClusterLocks(), kind);
    }

    /** Runs {@code write} holding the lock of {@code itemKey}; 409 ({@code okr.error.busy}) when held too long. */
    public <T> T write(String itemKey, Supplier<T> write) {
        String name = PREFIX + kind + "." + Math.floorMod(itemKey.hashCode(), STRIPES);
        Optional<Result<T>> done = locks.withLock(name, WAIT, () -> new Result<>(write.get()));
        return done.orElseThrow(() -> new ConflictException(null, "okr.error.busy")).value();
    }

    /** The write's result, never null, so that a null result is not taken for a lock not had. */
    private record Result<T>(T value) {
    }
}
