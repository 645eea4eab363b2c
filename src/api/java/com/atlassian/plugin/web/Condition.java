package com.atlassian.plugin.web;

import java.util.Map;

/** Declaration only (see src/api/README.md). The real init also declares the unchecked PluginParseException. */
public interface Condition {
    void init(Map<String, String> params);

    boolean shouldDisplay(Map<String, Object> context);
}
