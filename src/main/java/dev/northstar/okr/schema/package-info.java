/**
 * What the app creates in Jira (Objective and Key Result issue types, three link types, the Key Result fields:
 * {@link dev.northstar.okr.schema.OkrSchemaSpec}) and the idempotent setup that creates it and enables projects
 * ({@link dev.northstar.okr.schema.OkrSetup}, its admin REST resource), remembering the ids it made. {@link
 * dev.northstar.okr.schema.JiraSchemaGateway} is the port to Jira's configuration, implemented by {@code jira} and
 * the playground. Depends on {@code errors}, {@code host} (cluster locks, settings storage), {@code settings},
 * {@code rest} and Jackson annotations; never on Jira's API.
 */
package dev.northstar.okr.schema;
