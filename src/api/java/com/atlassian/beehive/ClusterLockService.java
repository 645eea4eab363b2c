package com.atlassian.beehive;

/** Declaration only (see src/api/README.md). */
public interface ClusterLockService {
    ClusterLock getLockForName(String lockName);
}
