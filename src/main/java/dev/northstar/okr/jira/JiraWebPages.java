package dev.northstar.okr.jira;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.webresource.api.assembler.PageBuilderService;

import java.net.URI;

/**
 * What the app's panels and pages need from Jira's page building: the web resources of a screen (its script with
 * translated texts, and styles), required while the page is being built, and Jira's login address.
 */
public class JiraWebPages {
    /** The plugin key, the first half of every web resource's complete key. */
    public static final String PLUGIN_KEY = "dev.northstar.okr";

    private final PageBuilderService pages;
    private final LoginUriProvider login;

    public JiraWebPages(PageBuilderService pages, LoginUriProvider login) {
        this.pages = pages;
        this.login = login;
    }

    /** Adds one of the app's web resources (by module key) to the page being rendered. */
    public void require(String webResourceKey) {
        pages.assembler().resources().requireWebResource(PLUGIN_KEY + ":" + webResourceKey);
    }

    /** Jira's login page, coming back to {@code returnTo} after logging in. */
    public URI loginUri(URI returnTo) {
        return login.getLoginUri(returnTo);
    }
}
