package dev.redtortoise.platform.messaging;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** A content-change hint never holds up the request that asks for it, and a burst costs one more send. */
class CoalescedSendTest {

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch brokerBack = new CountDownLatch(1);
    private final AtomicInteger sends = new AtomicInteger();

    @AfterEach
    void stop() {
        brokerBack.countDown();
        executor.shutdownNow();
    }

    @Test
    void theCallerDoesNotWaitForASendThatBlocks() {
        CoalescedSend send = new CoalescedSend("hint", this::blockingSend, executor);

        long started = System.nanoTime();
        send.request();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
        assertThat(within(5_000, () -> sends.get() == 1)).isTrue();
    }

    @Test
    void requestsWhileASendIsOnItsWayGiveOneMoreSend() {
        CoalescedSend send = new CoalescedSend("hint", this::blockingSend, executor);
        send.request();
        assertThat(within(5_000, () -> sends.get() == 1)).isTrue();

        for (int i = 0; i < 100; i++) {
            send.request();
        }
        brokerBack.countDown();

        assertThat(within(5_000, () -> sends.get() == 2)).isTrue();
        assertThat(within(500, () -> sends.get() > 2)).isFalse();
    }

    @Test
    void aFailedSendDoesNotStopTheNextOnes() {
        CoalescedSend send = new CoalescedSend("hint", () -> {
            sends.incrementAndGet();
            throw new IllegalStateException("broker away");
        }, executor);

        send.request();
        assertThat(within(5_000, () -> sends.get() == 1)).isTrue();
        send.request();

        assertThat(within(5_000, () -> sends.get() == 2)).isTrue();
    }

    /** Whether the condition holds within that many milliseconds. */
    private static boolean within(long millis, BooleanSupplier condition) {
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                return false;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private void blockingSend() {
        sends.incrementAndGet();
        try {
            brokerBack.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
