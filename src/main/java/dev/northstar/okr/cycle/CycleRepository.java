package dev.northstar.okr.cycle;

import dev.northstar.okr.domain.Cycle;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stored cycles. */
public interface CycleRepository {

    /** Global cycles and those of the project (all cycles when {@code projectKey} is null), newest start first. */
    List<StoredCycle> list(String projectKey);

    Optional<StoredCycle> get(long id);

    StoredCycle create(Cycle cycle, String projectKey);

    /** Changes name, dates or project; the id stays. */
    StoredCycle update(long id, Cycle cycle, String projectKey);

    /** Marks the cycle closed at {@code at}; closing a closed cycle keeps the first close. */
    StoredCycle close(long id, Instant at);
}
