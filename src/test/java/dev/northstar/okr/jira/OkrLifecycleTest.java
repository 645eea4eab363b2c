package dev.northstar.okr.jira;

import dev.northstar.okr.schema.OkrSetup;
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
    public void shouldUndoNothingWhenTheAppStops() {
        lifecycle.onStop();
        verifyNoInteractions(setup);
    }
}
