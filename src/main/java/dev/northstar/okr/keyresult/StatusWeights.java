package dev.northstar.okr.keyresult;

import dev.northstar.okr.domain.Checks;
import dev.northstar.okr.domain.DomainException;
import dev.northstar.okr.domain.StatusCredit;

/**
 * Credit an issue earns by status category, for teams that want partial credit. Done-only by default, as the
 * domain rules say; each weight in [0, 1], growing from to do to done, and done must count.
 */
public record StatusWeights(double toDo, double inProgress, double done) {
    public static final StatusWeights DONE_ONLY = new StatusWeights(0.0, 0.0, 1.0);

    public StatusWeights {
        Checks.finite(toDo, "weightToDo");
        Checks.finite(inProgress, "weightInProgress");
        Checks.finite(done, "weightDone");
        if (toDo < 0 || done > 1 || toDo > inProgress || inProgress > done || done == 0) {
            throw new DomainException("okr.error.settings.weightsOrder", "weightInProgress",
                    "status weights must grow from to do to done within [0, 1], got " + toDo + ", " + inProgress
                            + ", " + done);
        }
    }

    /** The engine's credit per status category; the same rule, so a stored setting always converts. */
    public StatusCredit credit() {
        return new StatusCredit(toDo, inProgress, done);
    }
}
