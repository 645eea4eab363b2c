/**
 * What the app stores about an Objective issue (its cycle, committed or aspirational, weight, owner): the value,
 * the REST resource and Active Objects storage, which follows an issue that moves. Depends on {@code cycle} (an
 * objective joins a cycle the caller may see), {@code domain}, {@code errors}, {@code host}, {@code rest},
 * {@code storage} and Active Objects.
 */
package dev.northstar.okr.objective;
