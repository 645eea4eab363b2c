package com.atlassian.sal.api;

/** Declaration only (see src/api/README.md): the one constant the app uses (enum constants link by name). */
public enum UrlMode {
    ABSOLUTE
}
