package dev.northstar.okr.cli;

import java.io.PrintStream;

/** Placeholder, replaced below. */
final class BenchCommand {
    int run(String[] argv, PrintStream out, PrintStream err) {
        throw new UsageException("bench is not written yet");
    }
}
