/**
 * The OKR engine: measures key results and objectives over an issue table at any instant ({@link
 * dev.northstar.okr.progress.OkrEngine}, {@link dev.northstar.okr.progress.ScopeResolver}), with pace, grading and
 * the sprint review, keeping every figure's evidence so that it can be explained.
 * {@link dev.northstar.okr.progress.NaiveEvaluator} is an independent reference to cross-check it. Depends on
 * {@code domain} and the JDK only: no platform API, nothing of the app's storage, REST or screens
 * (ArchitectureTest).
 */
package dev.northstar.okr.progress;
