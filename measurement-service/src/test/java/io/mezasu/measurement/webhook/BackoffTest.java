package io.mezasu.measurement.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    final Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(5), 6);

    @Test
    void doublesEachTimeBetweenHalfAndAllOfTheStep() {
        assertEquals(Duration.ofSeconds(5), backoff.after(1, 0.0));
        assertEquals(Duration.ofMillis(9_999), backoff.after(1, 0.9999));
        assertEquals(Duration.ofSeconds(10), backoff.after(2, 0.0));
        assertEquals(Duration.ofSeconds(20), backoff.after(3, 0.0));
        assertEquals(Duration.ofSeconds(40), backoff.after(4, 0.0));
    }

    @Test
    void neverWaitsLongerThanTheCeiling() {
        assertEquals(Duration.ofMinutes(5), backoff.after(30, 1.0));
        assertEquals(Duration.ofSeconds(150), backoff.after(1000, 0.0));
    }

    @Test
    void theLastAttemptExhausts() {
        assertFalse(backoff.exhausted(5));
        assertTrue(backoff.exhausted(6));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), 3));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 0));
    }
}
