/**
 * How a key result is measured ({@link dev.northstar.okr.keyresult.KeyResultSettings}: kind, direction, band,
 * weight, JQL, metric source, status weights, focus metric) and its initiatives' ratings: the REST resource, the
 * values and their Active Objects storage; {@link dev.northstar.okr.keyresult.JqlCheck} is the port through which
 * Jira judges a query. Depends on {@code domain}, {@code errors}, {@code host}, {@code rest}, {@code storage}, Active
 * Objects, and {@code reading}'s focus metric rule (which spans objectives); {@code reading} in turn reads these
 * settings.
 */
package dev.northstar.okr.keyresult;
