/**
 * What every REST resource shares: permission checks ({@link dev.northstar.okr.rest.Guard}: 401, 403, and 404 for
 * what the caller may not see), the XSRF check, typed JSON input, and {@link dev.northstar.okr.rest.ErrorMapping},
 * the one place where the {@code errors} kinds become 400, 404 and 409 with a translated {@link
 * dev.northstar.okr.rest.ErrorBody}. The resources themselves live with their features. Depends on {@code errors},
 * {@code host}, JAX-RS, Jackson and SLF4J; never on storage or Jira.
 */
package dev.northstar.okr.rest;
