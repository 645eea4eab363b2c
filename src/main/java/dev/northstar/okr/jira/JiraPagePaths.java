package dev.northstar.okr.jira;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import dev.northstar.okr.host.PagePaths;

import java.net.URI;

/**
 * Jira's context path, taken from its configured base URL ({@code https://jira.example.com/jira} gives
 * {@code /jira}). Only the path is kept, so links work whichever host name a person reached Jira by.
 */
public class JiraPagePaths implements PagePaths {
    private final ApplicationProperties application;

    public JiraPagePaths(ApplicationProperties application) {
        this.application = application;
    }

    @Override
    public String contextPath() {
        String base = application.getBaseUrl(UrlMode.ABSOLUTE);
        if (base == null || base.isBlank()) {
            return "";
        }
        String path;
        try {
            path = URI.create(base.trim()).getRawPath();
        } catch (IllegalArgumentException garbled) {
            return "";
        }
        if (path == null) {
            return "";
        }
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
