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

    static final String REPORT_USAGE = "usage: java -jar northstar-okr-cli.jar report --issues FILE --okrs FILE"
            + " [--sprints FILE] [--as-of ISO-INSTANT] [--now ISO-INSTANT] [--sprint ID] [--format json|markdown]"
            + " [--story-points-field ID|NAME] [--sprint-field ID|NAME] [--epic-link-field ID|NAME]"
            + " [--stale-days N] [--on-track X] [--at-risk X] [--just-started X] [--include-subtasks]"
            + " [--no-provenance]\n"
            + "  Computes the OKRs of --okrs over a Jira REST export (--issues, plain or gzipped) and prints them as"
            + " JSON or Markdown; with --sprint, that sprint's OKR review.";
    static final String BENCH_USAGE = "usage: java -jar northstar-okr-cli.jar bench [--issues FILE] [--sprints FILE]"
            + " [--krs N] [--runs N] [--naive-runs N] [--copies N]\n"
            + "  Times the OKR engine over an export (or generated issues), copied --copies times.";
    static final String SERVE_USAGE = "usage: java -jar northstar-okr-cli.jar serve [--port N] [--issues FILE --okrs FILE"
            + " [--sprints FILE]] [--user KEY] [--data DIR] [--reset]\n"
            + "  Starts the playground on http://localhost:N/ (default 8090): the app's pages and REST API over a demo"
            + " team quarter, or over the export given, e.g. --issues ../shared/data/jira/appcelerator-issues.jsonl.gz"
            + " --sprints ../shared/data/jira/appcelerator-sprints.json --okrs examples/appcelerator-2015q3.json."
            + " --user is the default demo user (admin); --data is where stored data lives (default\n"
            + "  target/playground-data/...), --reset wipes it first. Stop with Ctrl+C.";

    private Main() {
    }

    /** True when a command's arguments ask for its help. */
    private static boolean help(String[] args) {
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--help") || args[i].equals("-h")) {
                return true;
            }
        }
        return false;
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
        if (help(args)) {
            switch (args[0]) {
                case "report" -> out.println(REPORT_USAGE);
                case "bench" -> out.println(BENCH_USAGE);
                case "serve" -> out.println(SERVE_USAGE);
                default -> out.println(USAGE);
            }
            return 0;
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
