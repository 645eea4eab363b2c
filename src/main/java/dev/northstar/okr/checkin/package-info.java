/**
 * Weekly confidence check-ins on key results: the rules of adding one and of reading the history with its trend and
 * its authors' names ({@link dev.northstar.okr.checkin.CheckInService}), the REST resource, and their Active Objects
 * storage (each check-in with the scope its key result had then), which follows a key result whose issue moves. Its
 * ports: {@link dev.northstar.okr.checkin.CheckInWindow} and {@link dev.northstar.okr.checkin.CheckInSubject}, answered
 * by the read side, and {@link dev.northstar.okr.checkin.MetricValueWriter}, which writes a metric's reported value to
 * Jira. Depends on {@code domain}, {@code errors}, {@code host}, {@code settings} (when check-ins go stale),
 * {@code rest} (guard and JSON input) and Active Objects; the entities never leave their repository.
 */
package dev.northstar.okr.checkin;
