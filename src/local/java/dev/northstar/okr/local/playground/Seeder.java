package dev.northstar.okr.local.playground;

import dev.northstar.okr.cycle.StoredCycle;
import dev.northstar.okr.domain.CheckIn;
import dev.northstar.okr.domain.Initiative;
import dev.northstar.okr.keyresult.KeyResultSettings;
import dev.northstar.okr.objective.ObjectiveSettings;
import dev.northstar.okr.schema.SetupReport;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Starts the app on the simulated Jira as Jira would (setup runs on every start), and on the first start with a
 * data folder stores what the data set says the app holds: its cycle (global), objective and KR settings, initiative
 * ratings and check-ins. Later starts keep what is stored, so check-ins made in the playground survive restarts.
 */
final class Seeder {
    static final String DATASET_KEY = "dev.northstar.okr.local.playground.dataset";

    private Seeder() {
    }

    /** Thrown when the data folder holds another data set's stored data. */
    static final class OtherDataException extends PlaygroundException {
        private static final long serialVersionUID = 1L;

        OtherDataException(String message) {
            super(message);
        }
    }

    /** Runs setup, enables the OKR projects, and seeds once. Returns whether this start seeded. */
    static boolean start(PlaygroundComponents app, Dataset dataset, String fingerprint) {
        SetupReport report = app.setup().run();
        if (!report.ran()) {
            throw new IllegalStateException("the app's setup did not run (lock busy)");
        }
        TreeSet<String> okrProjects = new TreeSet<>();
        dataset.jira().objectives().forEach(key -> dataset.jira().issue(key)
                .ifPresent(issue -> okrProjects.add(issue.projectKey())));
        okrProjects.forEach(project -> app.setup().enableProject(project));

        String stored = app.settingsStorage().get(DATASET_KEY).orElse(null);
        if (fingerprint.equals(stored)) {
            return false;
        }
        if (stored != null || !app.cycles().list(null).isEmpty()) {
            throw new OtherDataException("the data folder holds the stored data of another data set;"
                    + " start with --reset to wipe it, or choose another --data folder");
        }
        Dataset.Seed seed = dataset.seed();
        StoredCycle cycle = app.cycles().create(seed.cycle(), null);
        for (Dataset.ObjectiveSeed o : seed.objectives()) {
            app.objectiveSettings().save(new ObjectiveSettings(o.issueKey(), cycle.id(), o.committed(), o.weight(),
                    o.owner()));
        }
        for (KeyResultSettings kr : seed.keyResults()) {
            app.keyResultSettings().save(kr);
        }
        for (Map.Entry<String, List<Initiative>> rated : seed.ratings().entrySet()) {
            for (Initiative i : rated.getValue()) {
                app.initiatives().save(rated.getKey(), i);
            }
        }
        for (CheckIn c : seed.checkIns()) {
            app.checkIns().add(c);
        }
        app.settingsStorage().put(DATASET_KEY, fingerprint);
        return true;
    }
}
