/**
 * Grades given to objectives and key results at cycle close: only a closed cycle is graded, a re-grade replaces
 * the grade ({@link dev.northstar.okr.grade.GradeService}); the REST resource, the value and its Active Objects
 * storage, which follows a graded issue that moves. Depends on {@code cycle}, {@code domain}, {@code errors},
 * {@code host}, {@code rest}, {@code storage} and Active Objects.
 */
package dev.northstar.okr.grade;
