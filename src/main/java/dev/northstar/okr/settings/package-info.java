/**
 * The app-wide settings a Jira administrator controls ({@link dev.northstar.okr.settings.AppSettings}, valid by
 * construction), kept as one document in the host's settings storage and changed one writer at a time under a
 * cluster lock, read so that one bad value costs only that value and the rule it belongs to
 * ({@link dev.northstar.okr.settings.SettingsService}), and their admin-only REST resource. Depends on
 * {@code errors}, {@code host}, {@code storage} (its cluster lock), {@code rest} and Jackson.
 */
package dev.northstar.okr.settings;
