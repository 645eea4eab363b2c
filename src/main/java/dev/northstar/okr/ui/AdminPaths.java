package dev.northstar.okr.ui;

/**
 * REST paths the admin page's script calls. Immutable; every text is plain: the template engine escapes it.
 */
public final class AdminPaths {
    private final String settings;
    private final String setup;
    private final String setupProjects;
    private final String cycles;

    public AdminPaths(String settings, String setup, String setupProjects, String cycles) {
        this.settings = settings;
        this.setup = setup;
        this.setupProjects = setupProjects;
        this.cycles = cycles;
    }

    /** Settings */
    public String getSettings() {
        return settings;
    }

    /** Run setup */
    public String getSetup() {
        return setup;
    }

    /** Enable a project (append the key) */
    public String getSetupProjects() {
        return setupProjects;
    }

    /** Cycles */
    public String getCycles() {
        return cycles;
    }
}
