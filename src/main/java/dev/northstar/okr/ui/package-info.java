/**
 * Every screen of the app (issue panels, overview, sprint review, admin page) as immutable view models with plain
 * text for the template to escape, and the builders that word the read service's views for one caller ({@link
 * dev.northstar.okr.ui.Screens}); permissions are asked of {@code host.Access} before anything is read. Host-neutral:
 * {@code jira}'s servlets and panels and the playground render the same screens. Depends on {@code reading}, the
 * feature packages' services and repositories, {@code schema}, {@code settings}, {@code domain}, {@code errors} and
 * {@code host}; never on Jira's API or on REST.
 */
package dev.northstar.okr.ui;
