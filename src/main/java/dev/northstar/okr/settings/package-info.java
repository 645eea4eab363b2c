/**
 * The app-wide settings a Jira administrator controls ({@link dev.northstar.okr.settings.AppSettings}, valid by
 * construction), kept one entry per setting in the host's settings storage so that one bad value costs only that
 * setting ({@link dev.northstar.okr.settings.SettingsService}), and their admin-only REST resource. Depends on
 * {@code errors}, {@code host} and {@code rest}.
 */
package dev.northstar.okr.settings;
