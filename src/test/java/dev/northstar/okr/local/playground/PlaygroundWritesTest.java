package dev.northstar.okr.local.playground;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.event.issue.IssueChangedEvent;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.security.JiraAuthenticationContext;
import dev.northstar.okr.authoring.FieldValue;
import dev.northstar.okr.authoring.IssueWrites;
import dev.northstar.okr.authoring.LinkChange;
import dev.northstar.okr.authoring.NewIssue;
import dev.northstar.okr.authoring.Written;
import dev.northstar.okr.local.simjira.DemoUser;
import dev.northstar.okr.local.simjira.JiraData;
import dev.northstar.okr.schema.OkrSchema;
import dev.northstar.okr.schema.OkrSchemaSpec;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The simulated Jira takes the app's writes as Jira would, through the app's own adapter ({@code jira.JiraIssueWrites})
 * over the simulated issue and link services: a create takes the project's next key and publishes "Issue Created", an
 * edit of a key result's values records its change history and publishes Jira's update events, links are made and
 * removed with "Link" history on both issues, and every refusal (permissions, a missing summary, an issue type the
 * project does not have) comes back as Jira's error collection in the user's language.
 */
public class PlaygroundWritesTest {
    @ClassRule
    public static final RunningPlayground PLAYGROUND = new RunningPlayground();

    private final List<Object> events = new ArrayList<>();
    private final Listener listener = new Listener(events);

    /** Gets the issue events the simulated Jira publishes (a public class: the publisher calls it reflectively). */
    public static final class Listener {
        private final List<Object> events;

        Listener(List<Object> events) {
            this.events = events;
        }

        @EventListener
        public void onIssueEvent(IssueEvent event) {
            events.add(event);
        }

        @EventListener
        public void onIssueChanged(IssueChangedEvent event) {
            events.add(event);
        }
    }

    @Before
    public void listen() {
        jira(EventPublisher.class).register(listener);
    }

    @org.junit.After
    public void stopListening() {
        jira(EventPublisher.class).unregister(listener);
    }

    private static <T> T jira(Class<T> type) {
        return PLAYGROUND.playground().jira().service(type).orElseThrow();
    }

    private static IssueWrites writes() {
        return PLAYGROUND.playground().components().bean(IssueWrites.class);
    }

    private static OkrSchema schema() {
        return PLAYGROUND.playground().components().schemaStore().current();
    }

    private static <T> T as(String user, Supplier<T> work) {
        return as(user, Locale.ENGLISH, work);
    }

    private static <T> T as(String user, Locale locale, Supplier<T> work) {
        return new Visit(DemoUser.byKey(user).orElse(null), locale).run(work);
    }

    private static NewIssue keyResult(String summary, FieldValue... values) {
        return new NewIssue(JiraData.OKR_PROJECT, schema().keyResultTypeId(), summary, List.of(values));
    }

    @Test
    public void shouldCreateUnderTheProjectsNextKeyAndPublishIssueCreated() {
        Written<String> made = as("lead", () -> writes().create(new NewIssue(JiraData.OKR_PROJECT,
                schema().objectiveTypeId(), "Delight every customer", List.of())));

        assertTrue(made.toString(), made.ok());
        JiraData.Issue created = PLAYGROUND.playground().jira().data().issue(made.value()).orElseThrow();
        assertEquals("Delight every customer", created.summary());
        assertEquals(JiraData.Role.OBJECTIVE, created.role());
        assertEquals("Objective", jira(IssueManager.class).getIssueObject(made.value()).getIssueType().getName());
        int number = Integer.parseInt(made.value().substring(made.value().indexOf('-') + 1));
        assertTrue("after the demo's OKR-40s: " + made.value(), number > 20);
        IssueEvent event = (IssueEvent) events.stream().filter(e -> e instanceof IssueEvent).findFirst().orElseThrow();
        assertEquals(Long.valueOf(1L), event.getEventTypeId());
        assertEquals(made.value(), event.getIssue().getKey());

        Written<String> next = as("lead", () -> writes().create(keyResult("Second")));
        assertEquals(number + 1, Integer.parseInt(next.value().substring(next.value().indexOf('-') + 1)));
    }

    @Test
    public void shouldRefuseAsJiraRefusesInTheUsersLanguage() {
        Written<String> viewer = as("viewer", () -> writes().create(keyResult("Nope")));
        assertEquals(Written.Refusal.FORBIDDEN, viewer.refusal());
        assertEquals("You do not have permission to create issues in this project.", viewer.text());

        Written<String> korean = as("viewer", Locale.KOREAN, () -> writes().create(keyResult("Nope")));
        assertEquals("이 프로젝트에서 이슈를 만들 권한이 없습니다.", korean.text());

        Written<String> blank = as("member", () -> writes().create(keyResult("  ")));
        assertEquals(Written.Refusal.INVALID, blank.refusal());
        assertEquals("You must specify a summary of the issue.", blank.fieldErrors().get("summary"));

        // SHOP has no OKRs enabled yet: its issue type scheme lacks the app's types
        Written<String> shop = as("member", () -> writes().create(new NewIssue("SHOP", schema().objectiveTypeId(),
                "Shop goal", List.of())));
        assertEquals("The issue type selected is invalid.", shop.fieldErrors().get("issuetype"));

        Written<Void> checked = as("member", () -> writes().check(keyResult("")));
        assertFalse(checked.ok());
        assertTrue("nothing created by refusals", events.isEmpty());
    }

    @Test
    public void shouldRecordEachValueChangeInTheHistoryAndPublishTheUpdate() {
        OkrSchema schema = schema();
        String kr = as("member", () -> writes().create(keyResult("Raise NPS",
                FieldValue.number(schema.startFieldId(), 20.0), FieldValue.number(schema.targetFieldId(), 40.0),
                FieldValue.number(schema.currentFieldId(), 22.5), FieldValue.text(schema.unitFieldId(), "points"))))
                .value();
        JiraData.MetricValues made = PLAYGROUND.playground().jira().data().metric(kr).orElseThrow();
        assertEquals(22.5, made.current(), 0.0);
        assertEquals("points", made.unit());
        events.clear();

        Written<Void> edited = as("member", () -> writes().update(kr, List.of(
                FieldValue.number(schema.currentFieldId(), 31.0), FieldValue.number(schema.targetFieldId(), 40.0),
                FieldValue.text(schema.unitFieldId(), null))));

        assertTrue(edited.toString(), edited.ok());
        JiraData.MetricValues now = PLAYGROUND.playground().jira().data().metric(kr).orElseThrow();
        assertEquals(31.0, now.current(), 0.0);
        assertNull("a cleared unit", now.unit());
        var issue = jira(IssueManager.class).getIssueObject(kr);
        List<ChangeItemBean> current = jira(ChangeHistoryManager.class).getChangeItemsForField(issue,
                OkrSchemaSpec.CURRENT.name());
        assertEquals(1, current.size());
        assertEquals("22.5", current.get(0).getFromString());
        assertEquals("31", current.get(0).getToString());
        assertTrue("an unchanged target records nothing", jira(ChangeHistoryManager.class)
                .getChangeItemsForField(issue, OkrSchemaSpec.TARGET.name()).isEmpty());
        assertEquals(1, jira(ChangeHistoryManager.class).getChangeItemsForField(issue, OkrSchemaSpec.UNIT.name())
                .size());
        assertEquals(Long.valueOf(2L), ((IssueEvent) events.get(0)).getEventTypeId());
        assertEquals(2, ((IssueChangedEvent) events.get(1)).getChangeItems().size());
    }

    @Test
    public void shouldReadNumbersInTheUsersLanguageAndRefuseWhatItCannotRead() {
        String field = schema().currentFieldId();
        String kr = as("member", () -> writes().create(keyResult("Cut costs"))).value();
        IssueService service = jira(IssueService.class);
        Long id = jira(IssueManager.class).getIssueObject(kr).getId();
        Written<?> refused = as("member", () -> {
            IssueInputParameters in = service.newIssueInputParameters();
            in.setSkipScreenCheck(true);
            in.addCustomFieldValue(field, "12,5");
            IssueService.UpdateValidationResult result = service.validateUpdate(
                    jira(JiraAuthenticationContext.class).getLoggedInUser(), id, in);
            return result.isValid() ? Written.done(null) : Written.refused(Written.Refusal.INVALID, List.of(),
                    result.getErrorCollection().getErrors());
        });
        assertEquals("'12,5' is an invalid number", refused.fieldErrors().get(field));

        Written<?> offScreen = as("member", () -> {
            IssueInputParameters in = service.newIssueInputParameters();
            in.addCustomFieldValue(field, "12");
            return service.validateUpdate(jira(JiraAuthenticationContext.class).getLoggedInUser(), id, in).isValid()
                    ? Written.done(null) : Written.refused(Written.Refusal.INVALID, List.of(), java.util.Map.of());
        });
        assertFalse("the app's fields are on no screen", offScreen.ok());

        Written<Void> viewer = as("viewer", () -> writes().update(kr, List.of(FieldValue.number(field, 1.0))));
        assertEquals(Written.Refusal.FORBIDDEN, viewer.refusal());
        assertEquals("You do not have permission to edit issues in this project.", viewer.text());
    }

    @Test
    public void shouldLinkAndUnlinkWithHistoryOnBothIssues() {
        OkrSchema schema = schema();
        String kr = as("member", () -> writes().create(keyResult("Ship search v2"))).value();
        LinkChange drives = new LinkChange(kr, "SHOP-2", schema.drivesLinkTypeId(), false);

        assertTrue(as("member", () -> writes().link(drives)).ok());
        assertTrue("linking twice links once", as("member", () -> writes().link(drives)).ok());
        JiraData data = PLAYGROUND.playground().jira().data();
        assertEquals(List.of("SHOP-2"), data.initiativesOf(kr));
        assertTrue(data.keyResultsDrivenBy("SHOP-2").contains(kr));
        var history = jira(ChangeHistoryManager.class);
        List<ChangeItemBean> onKr = history.getChangeItemsForField(jira(IssueManager.class).getIssueObject(kr), "Link");
        assertEquals(1, onKr.size());
        assertEquals("This issue is driven by SHOP-2", onKr.get(0).getToString());
        List<ChangeItemBean> onEpic = history.getChangeItemsForField(jira(IssueManager.class).getIssueObject("SHOP-2"),
                "Link");
        assertEquals("This issue drives " + kr, onEpic.get(onEpic.size() - 1).getToString());

        Written<Void> viewer = as("viewer", () -> writes().unlink(drives));
        assertEquals(Written.Refusal.FORBIDDEN, viewer.refusal());
        assertTrue(as("member", () -> writes().unlink(drives)).ok());
        assertEquals(List.of(), data.initiativesOf(kr));
        assertEquals(2, history.getChangeItemsForField(jira(IssueManager.class).getIssueObject(kr), "Link").size());
        assertTrue("unlinking what is not linked removes nothing", as("member", () -> writes().unlink(drives)).ok());

        Written<Void> self = as("member", () -> writes().link(new LinkChange(kr, kr, schema.drivesLinkTypeId(), true)));
        assertEquals("You cannot link an issue to itself.", self.fieldErrors().get("issuekeys"));
        Written<Void> missing = as("member", () -> writes().link(new LinkChange(kr, "SHOP-999",
                schema.drivesLinkTypeId(), false)));
        assertFalse(missing.ok());
        assertTrue("no link events: Jira's link manager publishes no issue event", events.stream()
                .noneMatch(e -> e instanceof IssueChangedEvent));
    }

    @Test
    public void shouldDeleteAnIssueWithItsLinks() {
        OkrSchema schema = schema();
        String kr = as("member", () -> writes().create(keyResult("Short-lived"))).value();
        assertTrue(as("member", () -> writes().link(new LinkChange(kr, "OKR-10", schema.measuresLinkTypeId(), true)))
                .ok());
        assertTrue(PLAYGROUND.playground().jira().data().keyResultsOf("OKR-10").contains(kr));
        events.clear();

        assertEquals(Written.Refusal.FORBIDDEN, as("viewer", () -> writes().delete(kr)).refusal());
        assertTrue(as("member", () -> writes().delete(kr)).ok());

        assertTrue(PLAYGROUND.playground().jira().data().issue(kr).isEmpty());
        assertFalse(PLAYGROUND.playground().jira().data().keyResultsOf("OKR-10").contains(kr));
        assertNull(jira(IssueManager.class).getIssueObject(kr));
        assertEquals(Long.valueOf(8L), ((IssueEvent) events.get(0)).getEventTypeId());
    }
}
