package dev.northstar.okr.cycle;

import dev.northstar.okr.errors.ConflictException;
import dev.northstar.okr.errors.InvalidInputException;
import dev.northstar.okr.errors.NotFoundException;
import dev.northstar.okr.host.Access;
import dev.northstar.okr.domain.Cycle;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.testing.ActiveObjectsRule;
import dev.northstar.okr.testing.JiraFixture;
import dev.northstar.okr.testing.JiraFixture.Role;
import dev.northstar.okr.testing.TestClock;
import dev.northstar.okr.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** Cycle rules: who manages which cycle, who sees it, dates, and closing once. */
public class CycleServiceTest {
    private static final Instant Q1 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant Q2 = Instant.parse("2026-04-01T00:00:00Z");

    @Rule
    public final ActiveObjectsRule ao = new ActiveObjectsRule(TestDatabase.HSQLDB, CycleEntity.class);
    private final JiraFixture jira = new JiraFixture();
    private final TestClock clock = new TestClock(Q2);
    private CycleService service;

    @Before
    public void createService() {
        jira.project("TEAM");
        jira.project("OTHER");
        service = new CycleService(new AoCycleRepository(ao.activeObjects()), jira.access, clock);
    }

    private Caller as(Role role) {
        jira.as(role);
        return jira.access.caller().orElseThrow();
    }

    @Test
    public void shouldLetJiraAdminsManageEveryCycleAndProjectAdminsOnlyTheirProjects() {
        assertTrue(service.mayManage(as(Role.JIRA_ADMIN), null));
        assertTrue(service.mayManage(as(Role.JIRA_ADMIN), "TEAM"));
        assertTrue(service.mayManage(as(Role.PROJECT_ADMIN), "TEAM"));
        assertFalse("a global cycle is every team's", service.mayManage(as(Role.PROJECT_ADMIN), null));
        assertFalse(service.mayManage(as(Role.PROJECT_ADMIN), "NOPE"));
        for (Role role : List.of(Role.OUTSIDER, Role.VIEWER, Role.MEMBER)) {
            assertFalse(role.name(), service.mayManage(as(role), "TEAM"));
            assertFalse(role.name(), service.mayManage(as(role), null));
        }
    }

    @Test
    public void shouldShowGlobalCyclesToEveryoneAndProjectCyclesToTheirBrowsers() {
        StoredCycle global = service.create(new Cycle("Company", Q1, Q2), null);
        StoredCycle team = service.create(new Cycle("Team", Q1, Q2), "TEAM");

        assertEquals(List.of(team, global), service.list(as(Role.VIEWER), null));
        assertEquals(List.of(global), service.list(as(Role.OUTSIDER), null));
        assertEquals(List.of(global), service.list(as(Role.OUTSIDER), "TEAM"));
        assertTrue(service.visible(as(Role.VIEWER), Long.toString(team.id())).isPresent());
        assertTrue("hidden looks unknown", service.visible(as(Role.OUTSIDER), Long.toString(team.id())).isEmpty());
        assertTrue(service.visible(as(Role.VIEWER), "abc").isEmpty());
        assertTrue(service.visible(as(Role.VIEWER), "99999999999999999999").isEmpty());
    }

    @Test
    public void shouldRefuseAnEndNotAfterTheStartNamingTheRequestField() {
        InvalidInputException before = assertThrows(InvalidInputException.class,
                () -> CycleService.cycle("Q1", Q2, Q1));
        assertEquals("end", before.field());
        assertEquals("okr.error.endBeforeStart", before.messageKey());
        assertEquals("end", assertThrows(InvalidInputException.class, () -> CycleService.cycle("Q1", Q1, Q1)).field());
        assertEquals("name", assertThrows(InvalidInputException.class, () -> CycleService.cycle(" ", Q1, Q2)).field());
        assertEquals("name", assertThrows(InvalidInputException.class,
                () -> service.create(new Cycle("x".repeat(256), Q1, Q2), null)).field());
    }

    @Test
    public void shouldCloseOnceAndKeepTheFirstClose() {
        StoredCycle open = service.create(new Cycle("Q1", Q1, Q2), "TEAM");

        StoredCycle closed = service.close(open);
        clock.advance(Duration.ofDays(1));
        ConflictException again = assertThrows(ConflictException.class, () -> service.close(closed));

        assertEquals("okr.error.cycleClosed", again.messageKey());
        assertEquals(Q2, service.find(open.id()).orElseThrow().closedAt());
    }

    @Test
    public void shouldRefuseToChangeAClosedCycle() {
        StoredCycle closed = service.close(service.create(new Cycle("Q1", Q1, Q2), "TEAM"));

        assertThrows(ConflictException.class, () -> service.update(closed, new Cycle("Renamed", Q1, Q2), "TEAM"));
        assertEquals("Q1", service.find(closed.id()).orElseThrow().cycle().name());
    }

    @Test
    public void shouldReadDatesAndInstantsTheWayPeopleWriteThem() {
        assertEquals(Q1, CycleDates.start("start", "2026-01-01"));
        assertEquals("a date as the end includes that day", Q2, CycleDates.end("end", "2026-03-31"));
        assertEquals(Instant.parse("2026-03-31T07:00:00Z"), CycleDates.end("end", "2026-03-31T09:00:00+02:00"));
        for (String bad : List.of("", "tomorrow", "2026-13-01", "2026-02-30", "2026-03-31T25:00:00Z",
                "2026-03-31T09:00:00")) {
            InvalidInputException refused = assertThrows(bad, InvalidInputException.class,
                    () -> CycleDates.start("start", bad));
            assertEquals("start", refused.field());
            assertEquals("okr.error.date", refused.messageKey());
        }
    }

    @Test
    public void shouldCountObjectivesTheCallerMayNotBrowseWithoutNamingThem() {
        StoredCycle team = service.create(new Cycle("Q1", Q1, Q2), "TEAM");
        List<String> placed = new java.util.ArrayList<>(List.of("TEAM-2", "TEAM-1", "TEAM-3"));
        CycleContents objectives = new CycleContents() {
            @Override
            public Kind kind() {
                return Kind.OBJECTIVES;
            }

            @Override
            public List<String> issueKeys(long cycleId) {
                return cycleId == team.id() ? placed : List.of();
            }
        };
        // a manager who may browse only TEAM-1: the other two are counted
        Access partly = new Access() {
            @Override
            public java.util.Optional<Caller> caller() {
                return jira.access.caller();
            }

            @Override
            public boolean isAdministrator(Caller caller) {
                return false;
            }

            @Override
            public boolean isProjectAdministrator(Caller caller, String projectKey) {
                return true;
            }

            @Override
            public boolean canBrowseProject(Caller caller, String projectKey) {
                return true;
            }

            @Override
            public boolean canBrowseIssue(Caller caller, String issueKey) {
                return issueKey.equals("TEAM-1");
            }

            @Override
            public boolean canEditIssue(Caller caller, String issueKey) {
                return false;
            }
        };
        CycleService deleting = new CycleService(new AoCycleRepository(ao.activeObjects()), partly,
                List.of(objectives), clock);
        Caller lead = as(Role.PROJECT_ADMIN);

        ConflictException some = assertThrows(ConflictException.class, () -> deleting.delete(lead, team.id(), c -> {
        }));
        assertEquals("okr.error.cycleInUse", some.messageKey());
        assertEquals(List.of("Q1", "TEAM-1", 2), List.of(some.arguments()));
        assertEquals("Cycle \"Q1\" cannot be deleted while objectives are placed in it: TEAM-1 and 2 more you cannot"
                + " see. Place them in another cycle first.", jira.texts.text(some.messageKey(), some.arguments()));

        placed.remove("TEAM-1");
        ConflictException none = assertThrows(ConflictException.class, () -> deleting.delete(lead, team.id(), c -> {
        }));
        assertEquals("okr.error.cycleInUseHidden", none.messageKey());
        assertEquals("Cycle \"Q1\" cannot be deleted while objectives are placed in it: 2 objectives you cannot see."
                + " Their editors can place them in another cycle.", jira.texts.text(none.messageKey(),
                none.arguments()));
        assertTrue(service.find(team.id()).isPresent());

        placed.clear();
        deleting.delete(lead, team.id(), c -> {
        });
        assertTrue(service.find(team.id()).isEmpty());
    }

    @Test
    public void shouldAnswerAChangeOrCloseOfACycleDeletedMeanwhileAsUnknown() {
        StoredCycle team = service.create(new Cycle("Q1", Q1, Q2), "TEAM");
        service.delete(as(Role.PROJECT_ADMIN), team.id(), c -> {
        });
        NotFoundException changed = assertThrows(NotFoundException.class,
                () -> service.update(team, new Cycle("Renamed", Q1, Q2), "TEAM"));
        assertEquals("id", changed.field());
        assertEquals("okr.error.cycleNotFound", changed.messageKey());
        assertThrows(NotFoundException.class, () -> service.close(team));
        assertThrows(NotFoundException.class, () -> service.delete(as(Role.PROJECT_ADMIN), team.id(), c -> {
        }));
    }
}
