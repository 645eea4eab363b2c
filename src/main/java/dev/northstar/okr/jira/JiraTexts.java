package dev.northstar.okr.jira;

import com.atlassian.jira.security.JiraAuthenticationContext;
import dev.northstar.okr.host.Texts;

/** The app's i18n bundle through Jira's I18nHelper, in the logged-in user's language (or Jira's default). */
public class JiraTexts implements Texts {
    private final JiraAuthenticationContext authentication;

    public JiraTexts(JiraAuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public String text(String key, Object... arguments) {
        // I18nHelper takes an array as "the parameters"; an empty one formats the message like getText(key).
        return authentication.getI18nHelper().getText(key, (Object) arguments.clone());
    }
}
