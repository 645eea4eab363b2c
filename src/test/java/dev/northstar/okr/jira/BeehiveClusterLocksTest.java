package dev.northstar.okr.jira;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import org.junit.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The cluster lock adapter over beehive, mocked: tried with the time limit, always released once held. */
public class BeehiveClusterLocksTest {
    private final ClusterLockService service = mock(ClusterLockService.class);
    private final ClusterLock lock = mock(ClusterLock.class);
    private final BeehiveClusterLocks locks = new BeehiveClusterLocks(service);

    @Test
    public void shouldRunTheWorkWhileHoldingTheNamedLockAndReleaseIt() throws Exception {
        when(service.getLockForName("dev.northstar.okr.schema")).thenReturn(lock);
        when(lock.tryLock(20_000, TimeUnit.MILLISECONDS)).thenReturn(true);

        Optional<String> result = locks.withLock("dev.northstar.okr.schema", Duration.ofSeconds(20), () -> "done");

        assertEquals(Optional.of("done"), result);
        var order = inOrder(lock);
        order.verify(lock).tryLock(20_000, TimeUnit.MILLISECONDS);
        order.verify(lock).unlock();
    }

    @Test
    public void shouldSkipTheWorkWhenTheLockIsHeldElsewhere() throws Exception {
        when(service.getLockForName("l")).thenReturn(lock);
        when(lock.tryLock(5, TimeUnit.MILLISECONDS)).thenReturn(false);
        AtomicBoolean ran = new AtomicBoolean();

        Optional<Boolean> result = locks.withLock("l", Duration.ofMillis(5), () -> ran.getAndSet(true));

        assertEquals(Optional.empty(), result);
        assertFalse(ran.get());
        verify(lock, never()).unlock();
    }

    @Test
    public void shouldReleaseTheLockWhenTheWorkFails() throws Exception {
        when(service.getLockForName("l")).thenReturn(lock);
        when(lock.tryLock(1000, TimeUnit.MILLISECONDS)).thenReturn(true);

        assertThrows(IllegalStateException.class, () -> locks.withLock("l", Duration.ofSeconds(1), () -> {
            throw new IllegalStateException("Jira said no");
        }));
        verify(lock).unlock();
    }

    @Test
    public void shouldGiveUpAndKeepTheInterruptWhenInterruptedWhileWaiting() throws Exception {
        when(service.getLockForName("l")).thenReturn(lock);
        when(lock.tryLock(1000, TimeUnit.MILLISECONDS)).thenThrow(new InterruptedException());

        try {
            assertEquals(Optional.empty(), locks.withLock("l", Duration.ofSeconds(1), () -> "never"));
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
        verify(lock, never()).unlock();
    }
}
