package com.atlassian.jira.issue.link;

import java.util.Collection;

/** Declaration only (see src/api/README.md). createIssueLinkType returns nothing: find the new type by name. */
public interface IssueLinkTypeManager {
    void createIssueLinkType(String name, String outward, String inward, String style);

    IssueLinkType getIssueLinkType(Long id);

    Collection<IssueLinkType> getIssueLinkTypesByName(String name);
}
