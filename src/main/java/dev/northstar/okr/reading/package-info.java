/**
 * The read side: reads a cycle's OKRs from Jira through its own ports ({@link dev.northstar.okr.reading.IssueFacts},
 * {@link dev.northstar.okr.reading.OkrStructure}, implemented by {@code jira} and the playground) and from the app's
 * storage, measures them with the engine and hands out immutable views ({@link dev.northstar.okr.reading.OkrViews})
 * to the read REST resources and the screens. Jira reads are shared by every caller through the cluster-wide cache;
 * what a caller may not see is hidden when the views are made. Depends on {@code domain}, {@code progress},
 * {@code errors}, {@code host}, {@code rest}, {@code schema}, {@code settings} and the feature packages'
 * repositories; never on Jira's API.
 */
package dev.northstar.okr.reading;
