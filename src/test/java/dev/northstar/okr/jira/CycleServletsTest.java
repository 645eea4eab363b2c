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

import static dev.northstar.okr.ui.ScreensWorld.at;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The cycles and grading pages as Jira's servlet container calls them: login first, then the page and its resources. */
public class CycleServletsTest {
    private final ScreensWorld world = new ScreensWorld().standard();
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
    private final LoginUriProvider login = mock(LoginUriProvider.class);
    private final JiraWebPages pages = new JiraWebPages(pageBuilder, login);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter body = new StringWriter();

    private HttpServletRequest request(String query, Map<String, String> parameters) throws IOException {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/northstar-okr/cycles");
        when(request.getQueryString()).thenReturn(query);
        parameters.forEach((name, value) -> when(request.getParameter(name)).thenReturn(value));
        when(response.getWriter()).thenReturn(new PrintWriter(body));
        return request;
    }

    @Test
    public void shouldSendAnonymousPeopleToLoginAndBackToTheCyclesPage() throws IOException {
        world.jira.anonymous();
        when(login.getLoginUri(URI.create("/jira/plugins/servlet/northstar-okr/cycles?project=AC")))
                .thenReturn(URI.create("/jira/login.jsp?os_destination=back"));
        new CyclesServlet(world.screens, world.jira.access, world.templates, pages)
                .doGet(request("project=AC", Map.of("project", "AC")), response);
        verify(response).sendRedirect("/jira/login.jsp?os_destination=back");
        verify(response, never()).getWriter();
    }

    @Test
    public void shouldRenderAProjectsCyclesWithTheirResources() throws IOException {
        world.jira.as(Role.PROJECT_ADMIN);
        new CyclesServlet(world.screens, world.jira.access, world.templates, pages)
                .doGet(request("project=AC", Map.of("project", "AC")), response);
        verify(response).setContentType("text/html;charset=UTF-8");
        verify(pageBuilder.assembler().resources()).requireWebResource("dev.northstar.okr:okr-cycles-resources");
        assertTrue(body.toString(), body.toString().contains("<td>2015 Q3</td>")
                && body.toString().contains("okr-cycle-create"));
    }

    @Test
    public void shouldRenderTheGradingPageOfTheCycleAskedForAndIgnoreAnIdThatIsNoNumber() throws IOException {
        world.store.cycles.close(world.cycle.id(), at("2015-10-01"));
        world.jira.as(Role.MEMBER);
        GradingServlet grading = new GradingServlet(world.screens, world.jira.access, world.templates, pages);
        grading.doGet(request("cycleId=" + world.cycle.id(), Map.of("cycleId", String.valueOf(world.cycle.id()))),
                response);
        verify(pageBuilder.assembler().resources()).requireWebResource("dev.northstar.okr:okr-grading-resources");
        assertTrue(body.toString(), body.toString().contains("okr-grade-form"));

        // not a number: the cycle closed last, as without an id
        HttpServletRequest garbled = request("cycleId=1'", Map.of("cycleId", "1' or 1=1"));
        StringWriter again = new StringWriter();
        when(response.getWriter()).thenReturn(new PrintWriter(again));
        grading.doGet(garbled, response);
        assertTrue(again.toString(), again.toString().contains("<h1>OKR grading &middot; 2015 Q3</h1>"));
    }
}
