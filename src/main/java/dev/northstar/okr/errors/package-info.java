/**
 * The app's one error vocabulary: services and rules refuse with {@link dev.northstar.okr.errors.InvalidInputException}
 * (bad input), {@link dev.northstar.okr.errors.NotFoundException} (unknown, or hidden from the caller) or
 * {@link dev.northstar.okr.errors.ConflictException} (clashes with what is stored or running), each naming the field
 * at fault and an i18n message key, all three a {@link dev.northstar.okr.errors.RefusedException}; and
 * {@link dev.northstar.okr.errors.ForbiddenException} when the host itself refuses the caller a change it was asked to
 * make (Jira's issue or link service, as the user). Plain Java that depends on nothing else of the app and no platform
 * API; only the REST layer ({@code rest.ErrorMapping}) turns the kinds into 400, 404, 409 and 403; the REST guard's
 * own 401/403, made before anything is asked, stay the guard's. Decision: the domain keeps
 * {@code DomainException} as its own invalid-input kind, a subclass of {@code InvalidInputException} that adds an
 * English message for the command line, so it needs no mapping of its own.
 */
package dev.northstar.okr.errors;
