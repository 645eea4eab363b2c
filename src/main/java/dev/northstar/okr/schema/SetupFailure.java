package dev.northstar.okr.schema;

/**
 * Why the last setup run failed, for the admin page: when it ran ({@code during}: {@code "start"}, {@code "request"}
 * or {@code "upgrade-N"} for upgrade task N) and the error, class and message, e.g.
 * {@code java.lang.NoSuchMethodError: 'void com.atlassian...'}. A {@link LinkageError} such as that one means the app
 * was built against an API this Jira does not have; it is reported like any other failure instead of stopping Jira's
 * start or failing an upgrade task at every start.
 */
public record SetupFailure(String during, String error) {
    public static final String START = "start";
    public static final String REQUEST = "request";

    /** {@code during} for upgrade task {@code buildNumber}. */
    public static String upgrade(int buildNumber) {
        return "upgrade-" + buildNumber;
    }

    public static SetupFailure of(String during, Throwable failure) {
        String message = failure.getMessage();
        return new SetupFailure(during, failure.getClass().getName() + (message == null ? "" : ": " + message));
    }
}
