package com.atlassian.webresource.api.assembler;

/** Declaration only (see src/api/README.md). */
public interface RequiredResources {
    RequiredResources requireWebResource(String moduleCompleteKey);
}
