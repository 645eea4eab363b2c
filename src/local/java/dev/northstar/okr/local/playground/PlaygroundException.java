package dev.northstar.okr.local.playground;

/** Why the playground cannot start, in a sentence for the person who started it (the port is taken, say). */
public class PlaygroundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PlaygroundException(String message) {
        super(message);
    }

    public PlaygroundException(String message, Throwable cause) {
        super(message, cause);
    }
}
