/**
 * Weekly confidence check-ins on key results: the rules of adding one and of reading the history with its trend
 * ({@link dev.northstar.okr.checkin.CheckInService}), the REST resource, and their Active Objects storage, which
 * follows a key result whose issue moves. Depends on {@code domain}, {@code errors}, {@code host}, {@code settings}
 * (when check-ins go stale), {@code rest} (guard and JSON input) and Active Objects; the entity never leaves its
 * repository.
 */
package dev.northstar.okr.checkin;
