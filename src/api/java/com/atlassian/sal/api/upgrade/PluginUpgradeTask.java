package com.atlassian.sal.api.upgrade;

import com.atlassian.sal.api.message.Message;

import java.util.Collection;

/** Declaration only (see src/api/README.md). */
public interface PluginUpgradeTask {
    int getBuildNumber();

    String getShortDescription();

    Collection<Message> doUpgrade() throws Exception;

    String getPluginKey();
}
