/**
 * The app's one error vocabulary: services and rules refuse with {@link dev.northstar.okr.errors.InvalidInputException}
 * (bad input), {@link dev.northstar.okr.errors.NotFoundException} (unknown, or hidden from the caller) or
 * {@link dev.northstar.okr.errors.ConflictException} (clashes with what is stored or running), each naming the field
 * at fault and an i18n message key, all three a {@link dev.northstar.okr.errors.RefusedException}. Plain Java that
 * depends on nothing else of the app and no platform API; only the REST layer ({@code rest.ErrorMapping}) turns the
 * kinds into 400, 404 and 409, and 401/403 stay the REST guard's own. Decision: the domain keeps
 * {@code DomainException} as its own invalid-input kind, a subclass of {@code InvalidInputException} that adds an
 * English message for the command line, so it needs no mapping of its own.
 */
package dev.northstar.okr.errors;
