package com.atlassian.sal.api.lifecycle;

/** Declaration only (see src/api/README.md). */
public interface LifecycleAware {
    void onStart();

    void onStop();
}
