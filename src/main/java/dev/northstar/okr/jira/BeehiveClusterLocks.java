package dev.northstar.okr.jira;

import com.atlassian.beehive.ClusterLockService;
import dev.northstar.okr.host.ClusterLocks;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Cluster-wide locks from Jira's beehive ClusterLockService (a database-backed lock on Data Center, a plain lock on
 * a single node). The lock is only tried, with a time limit, so a node that crashed while holding it cannot stall
 * callers forever; callers name their locks with the plugin key in front, so they cannot collide with others'.
 */
public class BeehiveClusterLocks implements ClusterLocks {
    private final ClusterLockService service;

    public BeehiveClusterLocks(ClusterLockService service) {
        this.service = service;
    }

    @Override
    public <T> Optional<T> withLock(String name, Duration wait, Supplier<T> work) {
        return ClusterLocks.holding(service.getLockForName(name), wait, work);
    }
}
