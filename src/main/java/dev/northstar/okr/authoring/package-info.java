/**
 * Writing OKRs into Jira as the user: creating an objective with its key results (Jira issues of the app's types and
 * the "measures" links), a key result's start, target, current value and unit (the issue's own Jira fields, so Jira's
 * history keeps every value), and the app's links (an objective aligns to a parent, an initiative drives a key
 * result). Everything goes through the {@link dev.northstar.okr.authoring.IssueWrites} port, which the {@code jira}
 * package implements with Jira's issue and link services, so Jira's permissions, required fields, validation, history
 * and events apply, and a refusal from Jira reaches the caller as Jira worded it. The app's own settings for what is
 * created are stored through the {@code objective} and {@code keyresult} repositories. Depends on {@code cycle},
 * {@code domain}, {@code errors}, {@code host}, {@code keyresult}, {@code objective}, {@code reading} (the structure
 * and the read cache to forget), {@code rest} and {@code schema}.
 */
package dev.northstar.okr.authoring;
