package dev.northstar.okr.cli;

/** Entry point of the command line jar (report, bench, serve). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.err.println("usage: java -jar northstar-okr-cli.jar report|bench|serve ...");
        System.exit(2);
    }
}
