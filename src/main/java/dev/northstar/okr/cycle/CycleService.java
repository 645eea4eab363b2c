package dev.northstar.okr.cycle;

import dev.northstar.okr.errors.ConflictException;
import dev.northstar.okr.errors.InvalidInputException;
import dev.northstar.okr.errors.NotFoundException;
import dev.northstar.okr.domain.Cycle;
import dev.northstar.okr.host.Access;
import dev.northstar.okr.host.Caller;

import dev.northstar.okr.domain.IssueKey;

import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The rules of cycles. Who may manage one: Jira administrators any, project administrators their project's (a
 * global cycle is shared by every team, so only Jira administrators manage it). Who may see one: anyone logged in
 * a global cycle, the project's browsers a project's. A closed cycle is a record for grading: it no longer changes,
 * and closing it again is refused. A cycle is deleted only while nothing is placed in it. The REST layer asks
 * {@link #mayManage} / {@link #mayView} before it calls the rest.
 */
public class CycleService {
    /** A cycle's name is a label ("2026 Q1"); 255 is the column's length. */
    public static final int MAX_NAME = 255;
    /** Longest cycle: ten years (OKR cycles are quarters or years), far inside what pace and charts compute with. */
    public static final int MAX_DAYS = 3660;

    private final CycleRepository cycles;
    private final Access access;
    private final List<CycleContents> contents;
    private final Clock clock;

    /**
     * Knowing what every feature holds in cycles: the constructor the app is wired with (Spring takes the one with
     * the most parameters it can satisfy; {@code contents} are every {@link CycleContents} bean).
     */
    public CycleService(CycleRepository cycles, Access access, List<CycleContents> contents) {
        this(cycles, access, contents, Clock.systemUTC());
    }

    /** For tests of other features, which delete no cycle: it knows of nothing placed in cycles. */
    public CycleService(CycleRepository cycles, Access access) {
        this(cycles, access, List.of(), Clock.systemUTC());
    }

    CycleService(CycleRepository cycles, Access access, Clock clock) {
        this(cycles, access, List.of(), clock);
    }

    CycleService(CycleRepository cycles, Access access, List<CycleContents> contents, Clock clock) {
        this.cycles = cycles;
        this.access = access;
        this.contents = List.copyOf(contents);
        this.clock = clock;
    }

    /** Whether the caller may create, change or close a cycle of the project ({@code null}: a global cycle). */
    public boolean mayManage(Caller caller, String projectKey) {
        if (access.isAdministrator(caller)) {
            return true;
        }
        return projectKey != null && access.isProjectAdministrator(caller, projectKey);
    }

    public boolean mayView(Caller caller, StoredCycle cycle) {
        return cycle.global() || access.canBrowseProject(caller, cycle.projectKey());
    }

    /** Cycles the caller may see: global ones and the project's, or, without a project, of every visible project. */
    public List<StoredCycle> list(Caller caller, String projectKey) {
        return cycles.list(projectKey).stream().filter(cycle -> mayView(caller, cycle)).toList();
    }

    public Optional<StoredCycle> find(long id) {
        return cycles.get(id);
    }

    /**
     * The cycle a request names by its id, when the caller may see it. An id that is no number, an unknown cycle
     * and a hidden one all come back empty, so that they look the same.
     */
    public Optional<StoredCycle> visible(Caller caller, String id) {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return cycles.get(Long.parseLong(id)).filter(cycle -> mayView(caller, cycle));
    }

    /**
     * As {@link #visible}, for a request whose path names the cycle: the cycle, or {@link NotFoundException} naming
     * the path's {@code id}, the same for an unknown, malformed or hidden id.
     */
    public StoredCycle requireVisible(Caller caller, String id) {
        return visible(caller, id).orElseThrow(() -> new NotFoundException("id", "okr.error.cycleNotFound", id));
    }

    public StoredCycle create(Cycle cycle, String projectKey) {
        return cycles.create(checked(cycle), projectKey);
    }

    /** Changes name, dates or project of an open cycle. */
    public StoredCycle update(StoredCycle current, Cycle cycle, String projectKey) {
        return update(current.id(), now -> new StoredCycle(now.id(), cycle, projectKey, now.closedAt()));
    }

    /**
     * Changes an open cycle as {@code change} says, given the cycle as stored now: one change at a time per cycle on
     * every node, so that the change sees the latest cycle (a concurrent close included: 409) and two changes never
     * store a mix. The change may refuse (a rule, a permission on the stored project); nothing is stored then.
     */
    public StoredCycle update(long id, UnaryOperator<StoredCycle> change) {
        return stillThere(id, () -> cycles.change(id, now -> {
            refuseClosed(now);
            StoredCycle changed = change.apply(now);
            return new StoredCycle(now.id(), checked(changed.cycle()), changed.projectKey(), now.closedAt());
        }));
    }

    /** Closes an open cycle now; its objectives and key results can then be graded. A second close answers 409. */
    public StoredCycle close(StoredCycle current) {
        return stillThere(current.id(), () -> cycles.change(current.id(), now -> {
            refuseClosed(now);
            return new StoredCycle(now.id(), now.cycle(), now.projectKey(), clock.instant());
        }));
    }

    /**
     * Deletes a cycle (open or closed) when nothing is placed in it: no objective names it and no grade was given in
     * it. Otherwise 409 saying what is: the objectives by key, those the caller may browse, the others counted; or
     * how many grades it holds (a graded cycle is kept as its record). {@code check} runs first on the cycle as
     * stored when the delete runs (another change may have moved it meanwhile) and may refuse too. The check and
     * the delete hold the cycle's lock, so no change or close of it runs between them. An objective placed in the
     * cycle by a request running at the same instant is not seen; its panel then says it is in no cycle.
     */
    public void delete(Caller caller, long id, Consumer<StoredCycle> check) {
        stillThere(id, () -> {
            cycles.delete(id, now -> {
                check.accept(now);
                refuseHeld(caller, now);
            });
            return id;
        });
    }

    private void refuseHeld(Caller caller, StoredCycle cycle) {
        List<String> objectives = held(CycleContents.Kind.OBJECTIVES, cycle.id());
        if (!objectives.isEmpty()) {
            List<String> seen = objectives.stream().filter(key -> access.canBrowseIssue(caller, key)).toList();
            int hidden = objectives.size() - seen.size();
            if (seen.isEmpty()) {
                throw new ConflictException(null, "okr.error.cycleInUseHidden", cycle.cycle().name(), hidden);
            }
            throw new ConflictException(null, "okr.error.cycleInUse", cycle.cycle().name(), String.join(", ", seen),
                    hidden);
        }
        List<String> grades = held(CycleContents.Kind.GRADES, cycle.id());
        if (!grades.isEmpty()) {
            throw new ConflictException(null, "okr.error.cycleGraded", cycle.cycle().name(), grades.size());
        }
    }

    /** What the features of one kind hold in the cycle, each issue once, in natural key order (TEAM-9, TEAM-10). */
    private List<String> held(CycleContents.Kind kind, long cycleId) {
        return contents.stream().filter(c -> c.kind() == kind).flatMap(c -> c.issueKeys(cycleId).stream())
                .distinct().sorted(IssueKey.KEY_ORDER).toList();
    }

    /** A cycle deleted since the request found it is unknown now, as any other (404). */
    private static <T> T stillThere(long id, Supplier<T> write) {
        try {
            return write.get();
        } catch (NoSuchElementException deleted) {
            throw new NotFoundException("id", "okr.error.cycleNotFound", Long.toString(id));
        }
    }

    /**
     * The domain's Cycle names its fields {@code cycle.name} and so on; in a request they are {@code name},
     * {@code start} and {@code end}.
     */
    public static Cycle cycle(String name, java.time.Instant start, java.time.Instant end) {
        return InvalidInputException.withoutFieldPrefix("cycle.", () -> new Cycle(name, start, end));
    }

    private static Cycle checked(Cycle cycle) {
        if (cycle.name().strip().length() > MAX_NAME) {
            throw new InvalidInputException("name", "okr.error.textTooLong", MAX_NAME);
        }
        if (java.time.Duration.between(cycle.start(), cycle.end()).compareTo(java.time.Duration.ofDays(MAX_DAYS)) > 0) {
            throw new InvalidInputException("end", "okr.error.cycleTooLong", MAX_DAYS);
        }
        return new Cycle(cycle.name().strip(), cycle.start(), cycle.end());
    }

    private static void refuseClosed(StoredCycle cycle) {
        if (cycle.closed()) {
            throw new ConflictException(null, "okr.error.cycleClosed", cycle.cycle().name());
        }
    }
}
