package dev.northstar.okr.rest;

/**
 * The JSON body of every error answer: the status again, a translated message, the message key for scripts,
 * and the input field at fault when there is one.
 */
public record ErrorBody(int status, String message, String key, String field) {
}
