package dev.northstar.okr.local.cli;

import dev.northstar.okr.domain.DomainException;
import dev.northstar.okr.local.export.ExportException;
import java.io.PrintStream;
import java.util.Arrays;

/** Entry point of the command line jar: report, bench, jira-bench and serve (the playground). */
public final class Main {
    static final String USAGE = "usage: java -jar northstar-okr-cli.jar report --issues FILE --okrs FILE [--sprints FILE]"
            + " [--as-of ISO-INSTANT] [--sprint ID] [--format json|markdown] | bench [--issues FILE]"
            + " | jira-bench [--issues FILE] [--sprints FILE] [--copies N] [--krs N] [--seconds N] [--warmup N]"
            + " [--rate N]"
            + " | serve [--port N] [--issues FILE --okrs FILE [--sprints FILE]] [--user KEY] [--data DIR] [--reset]";

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command; returns the exit code (0 ok, 1 bad input, 2 usage, 3 internal error). Never throws. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println(USAGE);
            return 2;
        }
        try {
            switch (args[0]) {
                case "report":
                    return new ReportCommand().run(Arrays.copyOfRange(args, 1, args.length), out);
                case "bench":
                    return new BenchCommand().run(Arrays.copyOfRange(args, 1, args.length), out, err);
                case "jira-bench":
                    return new JiraBenchCommand().run(Arrays.copyOfRange(args, 1, args.length), out, err);
                case "serve":
                    return new ServeCommand().run(Arrays.copyOfRange(args, 1, args.length), out);
                case "help":
                case "--help":
                case "-h":
                    out.println(USAGE);
                    return 0;
                default:
                    err.println("error: unknown command \"" + args[0] + "\"; " + USAGE);
                    return 2;
            }
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (ExportException | DomainException e) {
            err.println("error: " + oneLine(e.getMessage()));
            return 1;
        } catch (RuntimeException | OutOfMemoryError e) {
            err.println("error: internal error: " + e.getClass().getSimpleName() + ": " + oneLine(String.valueOf(e.getMessage())));
            return 3;
        }
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
