package com.atlassian.jira.avatar;

import com.atlassian.jira.icon.IconType;

/** Declaration only (see src/api/README.md). */
public interface AvatarManager {
    Long getDefaultAvatarId(IconType iconType);
}
