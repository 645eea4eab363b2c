package dev.northstar.okr.cycle;

import dev.northstar.okr.domain.Cycle;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Stored cycles. */
public interface CycleRepository {

    /** Global cycles and those of the project (all cycles when {@code projectKey} is null), newest start first. */
    List<StoredCycle> list(String projectKey);

    Optional<StoredCycle> get(long id);

    StoredCycle create(Cycle cycle, String projectKey);

    /**
     * Reads the cycle, applies {@code change} and stores its result (name, dates, project, closing), as one step:
     * one writer at a time per cycle on every node, in one transaction, so that the change sees the latest stored
     * cycle and concurrent changes never store a mix. The change may refuse (throw); nothing is stored then.
     *
     * @throws java.util.NoSuchElementException for an unknown id
     */
    StoredCycle change(long id, UnaryOperator<StoredCycle> change);

    /**
     * Reads the cycle, lets {@code check} refuse (throw), and deletes it, as one step: under the same per-cycle lock
     * as {@link #change}, in one transaction, so that no change or close of the cycle runs between the check and
     * the delete. Nothing is deleted when the check refuses.
     *
     * @throws java.util.NoSuchElementException for an unknown id (deleted meanwhile, too)
     */
    void delete(long id, java.util.function.Consumer<StoredCycle> check);

    /** Changes name, dates or project; the id stays. */
    default StoredCycle update(long id, Cycle cycle, String projectKey) {
        return change(id, now -> new StoredCycle(now.id(), cycle, projectKey, now.closedAt()));
    }

    /** Marks the cycle closed at {@code at}; closing a closed cycle keeps the first close. */
    default StoredCycle close(long id, Instant at) {
        return change(id, now -> now.closed() ? now : new StoredCycle(now.id(), now.cycle(), now.projectKey(), at));
    }
}
