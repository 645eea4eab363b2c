package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;

import java.util.Locale;

/** Declaration only (see src/api/README.md). */
public interface JiraAuthenticationContext {
    ApplicationUser getLoggedInUser();

    Locale getLocale();

    I18nHelper getI18nHelper();
}
