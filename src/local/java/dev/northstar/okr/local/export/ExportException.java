package dev.northstar.okr.local.export;

/** Bad input (missing file, malformed JSON, unknown field name, unknown kind); the message is one line. */
public final class ExportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
