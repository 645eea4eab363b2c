package dev.northstar.okr.domain;

/**
 * The credit an issue in scope earns by the status category it was in at the as-of instant, for teams that want
 * partial credit (to do 0, in progress 0.5, done 1). Done-only by default, as the domain rules say. Each weight is in
 * [0, 1] and they grow from to do to done, with done above 0: an issue never loses credit by moving forward.
 */
public record StatusCredit(double toDo, double inProgress, double done) {
    public static final StatusCredit DONE_ONLY = new StatusCredit(0.0, 0.0, 1.0);

    public StatusCredit {
        Checks.finite(toDo, "statusWeights.toDo");
        Checks.finite(inProgress, "statusWeights.inProgress");
        Checks.finite(done, "statusWeights.done");
        if (toDo < 0 || done > 1 || toDo > inProgress || inProgress > done || done == 0) {
            throw new DomainException("okr.error.settings.weightsOrder", "statusWeights",
                    "status weights must grow from to do to done within [0, 1], got " + toDo + ", " + inProgress
                            + ", " + done);
        }
    }

    /** True for the default: only done issues count, with full credit; figures are then exactly done / total. */
    public boolean doneOnly() {
        return equals(DONE_ONLY);
    }

    /** Whether an issue's move out of "to do" changes its credit, so that its in-progress instant matters. */
    public boolean creditsProgress() {
        return inProgress != toDo;
    }

    /** The credit of an issue in scope at t, given whether it was in progress (or later) and done at t. */
    public double of(boolean inProgressOrLater, boolean doneAtT) {
        return doneAtT ? done : inProgressOrLater ? inProgress : toDo;
    }
}
