package dev.northstar.okr.storage;

import dev.northstar.okr.errors.InvalidInputException;

import org.junit.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

public class UniqueRaceTest {

    @Test
    public void shouldRunAWriteThatLostTheRaceOnceMore() {
        AtomicInteger calls = new AtomicInteger();

        String result = UniqueRace.retryOnce(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("duplicate key");
            }
            return "replaced";
        });

        assertEquals("replaced", result);
        assertEquals(2, calls.get());
    }

    @Test
    public void shouldGiveUpAfterTheSecondFailureKeepingBoth() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> UniqueRace.retryOnce(() -> {
                    throw new IllegalStateException("database down");
                }));
        assertEquals(1, failure.getSuppressed().length);
    }

    @Test
    public void shouldNeverRetryRefusedInput() {
        AtomicInteger calls = new AtomicInteger();
        InvalidInputException refused = new InvalidInputException("score", "okr.error.outOfRange", 0, 1);

        assertSame(refused, assertThrows(InvalidInputException.class, () -> UniqueRace.retryOnce(() -> {
            calls.incrementAndGet();
            throw refused;
        })));
        assertEquals(1, calls.get());
    }
}
