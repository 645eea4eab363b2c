package com.atlassian.plugin.web;

import java.util.Map;

/** Declaration only (see src/api/README.md). The real init also declares the unchecked PluginParseException. */
public interface ContextProvider {
    void init(Map<String, String> params);

    Map<String, Object> getContextMap(Map<String, Object> context);
}
