package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

/** Declaration only (see src/api/README.md). tryLock and unlock are java.util.concurrent.locks.Lock's. */
public interface ClusterLock extends Lock {
}
