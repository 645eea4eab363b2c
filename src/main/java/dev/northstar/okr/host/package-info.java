/**
 * What the app needs from its host, in the app's own terms: who is calling and what they may see and do, people's
 * names, texts in their language, templates, settings storage, a cluster-wide cache and locks, page paths, and being
 * told of issue moves. Inside Jira the {@code jira} package implements these; outside it the local source set does
 * (playground, Velocity), and {@link dev.northstar.okr.host.BundleTexts}, the one implementation here, reads the app's own
 * bundles where Jira's translations are not there. Depends on nothing else of the app and imports no host API
 * (ArchitectureTest).
 */
package dev.northstar.okr.host;
