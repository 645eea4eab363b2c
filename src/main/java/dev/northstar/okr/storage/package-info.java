/**
 * Helpers shared by the feature packages' Active Objects repositories: rows keyed by a Jira issue key (found in
 * chunks, deleted, re-keyed when the issue moves) and create-or-replace writes that survive a race on a unique
 * column. Depends on Active Objects and {@code errors} only, and knows no feature.
 */
package dev.northstar.okr.storage;
