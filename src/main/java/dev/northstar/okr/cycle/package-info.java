/**
 * Cycles (usually quarters) as the app stores them: who may see and manage one, closing it for grading and deleting
 * it while nothing is placed in it ({@link dev.northstar.okr.cycle.CycleService}), the REST resource, how people
 * write its dates, and Active Objects storage. Depends on {@code domain}, {@code errors}, {@code host}
 * (permissions), {@code rest} and Active Objects; {@code grade}, {@code objective}, {@code reading} and {@code ui}
 * use cycles through its service and repository, and {@code grade} and {@code objective} say what they hold in a
 * cycle through {@link dev.northstar.okr.cycle.CycleContents}.
 */
package dev.northstar.okr.cycle;
