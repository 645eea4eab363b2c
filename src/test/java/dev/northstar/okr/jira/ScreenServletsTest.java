package dev.northstar.okr.jira;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.northstar.okr.testing.JiraFixture.Role;
import dev.northstar.okr.ui.ScreensWorld;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The pages as Jira's servlet container calls them: login first, then the rendered screen with its resources. */
public class ScreenServletsTest {
    private final ScreensWorld world = new ScreensWorld().standard();
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
    private final LoginUriProvider login = mock(LoginUriProvider.class);
    private final JiraWebPages pages = new JiraWebPages(pageBuilder, login);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter body = new StringWriter();

    private HttpServletRequest request(String path, String query, Map<String, String> parameters) throws IOException {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getRequestURI()).thenReturn(path);
        when(request.getQueryString()).thenReturn(query);
        parameters.forEach((name, value) -> when(request.getParameter(name)).thenReturn(value));
        when(response.getWriter()).thenReturn(new PrintWriter(body));
        return request;
    }

    private SprintReviewServlet review() {
        return new SprintReviewServlet(world.screens, world.jira.access, world.templates, pages);
    }

    @Test
    public void shouldSendAnonymousPeopleToLoginAndBackHere() throws IOException {
        world.jira.anonymous();
        URI back = URI.create("/jira/plugins/servlet/northstar-okr/sprint-review?project=AC&sprintId=7");
        when(login.getLoginUri(back)).thenReturn(URI.create("/jira/login.jsp?os_destination=back"));
        review().doGet(request(back.getPath(), back.getQuery(), Map.of()), response);
        verify(response).sendRedirect("/jira/login.jsp?os_destination=back");
        verify(response, never()).getWriter();
    }

    @Test
    public void shouldRenderTheSprintReviewWithItsResources() throws IOException {
        review().doGet(request("/jira/plugins/servlet/northstar-okr/sprint-review", "project=AC&sprintId=7",
                Map.of("project", "AC", "sprintId", "7")), response);
        verify(response).setContentType("text/html;charset=UTF-8");
        verify(pageBuilder.assembler().resources()).requireWebResource("dev.northstar.okr:okr-sprint-review-resources");
        assertTrue(body.toString(), body.toString().contains("2 of 3 completed issues served a key result"));
    }

    @Test
    public void shouldIgnoreANumberThatIsNoNumber() throws IOException {
        review().doGet(request("/p", "project=AC&sprintId=x", Map.of("project", "AC", "sprintId", "7'; drop")),
                response);
        assertTrue(body.toString().contains("Choose a board and one of its sprints."));
    }

    @Test
    public void shouldHandTheBoardOfABoardsToolsLinkToThePageScript() throws IOException {
        review().doGet(request("/p", "boardId=12", Map.of("boardId", "12")), response);
        assertTrue(body.toString(), body.toString().contains("data-okr-board=\"12\""));
    }

    @Test
    public void shouldLeaveTheBoardToTheReferrerWhenJiraDidNotExpandTheLinksBoardId() throws IOException {
        // a board's tools link whose $board.id Jira left as it is: no board, and the script reads rapidView=
        review().doGet(request("/p", "boardId=$board.id", Map.of("boardId", "$board.id")), response);
        assertTrue(body.toString(), body.toString().contains("data-okr-board=\"\""));
    }

    @Test
    public void shouldRenderTheOverview() throws IOException {
        new OverviewServlet(world.screens, world.jira.access, world.templates, pages)
                .doGet(request("/p", null, Map.of()), response);
        verify(pageBuilder.assembler().resources()).requireWebResource("dev.northstar.okr:okr-overview-resources");
        assertTrue(body.toString().contains("/jira/browse/AC-1"));
    }

    @Test
    public void shouldRefuseTheAdminPageToAnyoneButJiraAdministrators() throws IOException {
        AdminServlet admin = new AdminServlet(world.screens, world.jira.access, world.templates, pages);
        world.jira.as(Role.PROJECT_ADMIN);
        admin.doGet(request("/p", null, Map.of()), response);
        verify(response).sendError(HttpServletResponse.SC_FORBIDDEN);
        verify(pageBuilder.assembler().resources(), never()).requireWebResource(anyString());

        world.jira.as(Role.JIRA_ADMIN);
        admin.doGet(request("/p", null, Map.of()), response);
        verify(pageBuilder.assembler().resources()).requireWebResource("dev.northstar.okr:okr-admin-resources");
        assertTrue(body.toString().contains("atl.admin"));
    }

    @Test
    public void shouldComeBackToTheSameAddressAfterLogin() {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/northstar-okr/overview");
        when(request.getQueryString()).thenReturn("owner=a b");
        assertEquals(URI.create("/jira/plugins/servlet/northstar-okr/overview"), ScreenServlet.returnTo(request));
        when(request.getQueryString()).thenReturn("cycleId=3");
        assertEquals(URI.create("/jira/plugins/servlet/northstar-okr/overview?cycleId=3"),
                ScreenServlet.returnTo(request));
        verify(login, never()).getLoginUri(any());
    }
}
