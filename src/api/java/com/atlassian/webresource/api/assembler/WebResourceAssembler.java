package com.atlassian.webresource.api.assembler;

/** Declaration only (see src/api/README.md). */
public interface WebResourceAssembler {
    RequiredResources resources();
}
