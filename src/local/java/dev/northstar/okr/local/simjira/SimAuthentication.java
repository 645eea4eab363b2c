package dev.northstar.okr.local.simjira;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import dev.northstar.okr.host.BundleTexts;

import java.util.Locale;

/**
 * Who is logged in for the current request and in which language, and Jira's I18nHelper over the app's own
 * bundles (which Jira would load from the plugin), formatted as Jira formats them.
 */
final class SimAuthentication implements JiraAuthenticationContext {
    private final SimulatedJira jira;

    SimAuthentication(SimulatedJira jira) {
        this.jira = jira;
    }

    @Override
    public ApplicationUser getLoggedInUser() {
        DemoUser user = jira.currentUser();
        return user == null ? null : new SimUser(user);
    }

    @Override
    public Locale getLocale() {
        return jira.locale();
    }

    @Override
    public I18nHelper getI18nHelper() {
        BundleTexts texts = new BundleTexts(jira::locale);
        return (key, parameters) -> texts.text(key, parameters instanceof Object[] many ? many
                : parameters == null ? new Object[0] : new Object[] {parameters});
    }
}
