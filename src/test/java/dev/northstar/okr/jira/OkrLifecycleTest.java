package dev.northstar.okr.jira;

import dev.northstar.okr.schema.OkrSetup;
import dev.northstar.okr.schema.SetupFailure;
import dev.northstar.okr.schema.SetupReport;
import org.junit.Test;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** SAL's start hook runs setup, and a failing setup does not stop the app from starting. */
public class OkrLifecycleTest {
    private final OkrSetup setup = mock(OkrSetup.class);
    private final OkrLifecycle lifecycle = new OkrLifecycle(setup);

    @Test
    public void shouldRunSetupWhenTheAppStarts() {
        when(setup.run()).thenReturn(SetupReport.BUSY);
        lifecycle.onStart();
        verify(setup).run();
    }

    @Test
    public void shouldStartEvenWhenSetupFails() {
        when(setup.run()).thenThrow(new IllegalStateException("Jira could not create field"));
        lifecycle.onStart();
        verify(setup).run();
    }

    @Test
    public void shouldStartAndReportWhenSetupMeetsAJiraWithoutAMethodItWasBuiltAgainst() {
        NoSuchMethodError missing = new NoSuchMethodError("'java.util.Collection com.atlassian.jira.Foo.bar()'");
        when(setup.run()).thenThrow(missing);
        lifecycle.onStart();
        verify(setup).run();
        verify(setup).failed(SetupFailure.START, missing);
    }

    @Test
    public void shouldUndoNothingWhenTheAppStops() {
        lifecycle.onStop();
        verifyNoInteractions(setup);
    }
}
