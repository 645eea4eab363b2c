/**
 * The command line jar's entry point and commands: {@code report} (dry-runs an OKR definition against a Jira export,
 * as JSON or Markdown), {@code bench} and {@code serve} (the playground). The only code that prints to standard
 * output and error (ArchitectureTest); a mistake is one line with its exit code. Depends on {@code domain},
 * {@code progress}, {@code local.export}, {@code local.playground} and {@code local.simjira} (its demo users); nothing depends on it.
 */
package dev.northstar.okr.local.cli;
