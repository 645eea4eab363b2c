package com.atlassian.sal.api;

/** Declaration only (see src/api/README.md). */
public interface ApplicationProperties {
    String getBaseUrl(UrlMode urlMode);
}
