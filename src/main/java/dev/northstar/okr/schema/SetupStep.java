package dev.northstar.okr.schema;

/**
 * One item of a setup run: which part of the schema ({@code item}, named like the components of {@link OkrSchema}),
 * its id and current name in Jira (null when blocked), and what setup did.
 */
public record SetupStep(String item, String id, String name, Outcome outcome) {
}
