package com.atlassian.sal.api.message;

/** Declaration only (see src/api/README.md): named in PluginUpgradeTask's signature; the app returns none. */
public interface Message {
}
