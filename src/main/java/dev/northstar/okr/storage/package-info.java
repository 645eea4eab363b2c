/**
 * Helpers shared by the feature packages' Active Objects repositories: rows keyed by a Jira issue key (found in
 * chunks, deleted, re-keyed when the issue moves) and create-or-replace writes that survive a race on a unique
 * column, and the cluster-wide locks that keep each item's writes one at a time. Depends on Active Objects,
 * {@code errors} and {@code host} only, and knows no feature.
 */
package dev.northstar.okr.storage;
