package dev.redtortoise.articles.control;

import dev.redtortoise.platform.documents.ContentChanges;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadCacheTest {

    ReadCache cache;
    ContentChanges changes;
    AtomicInteger loads;

    @BeforeEach
    void cache() {
        changes = new ContentChanges();
        cache = new ReadCache();
        cache.changes = changes;
        cache.ttlMillis = () -> 60_000;
        loads = new AtomicInteger();
    }

    private String load() {
        return "value " + loads.incrementAndGet();
    }

    @Test
    void aValueIsKeptUntilTheContentChanges() {
        assertThat(cache.<String>get("key", this::load)).isEqualTo("value 1");
        assertThat(cache.<String>get("key", this::load)).isEqualTo("value 1");
        changes.told(JsonValue.EMPTY_JSON_OBJECT);
        assertThat(cache.<String>get("key", this::load)).isEqualTo("value 2");
    }

    @Test
    void aValueIsAtHandWithoutLoadingOnlyWhileItIsFresh() throws InterruptedException {
        assertThat(cache.<String>ifFresh("key")).as("never loaded").isEmpty();
        cache.get("key", this::load);
        assertThat(cache.<String>ifFresh("key")).hasValue("value 1");
        changes.told(JsonValue.EMPTY_JSON_OBJECT);
        assertThat(cache.<String>ifFresh("key")).as("after a content change").isEmpty();
        cache.get("key", this::load);
        cache.ttlMillis = () -> 20;
        Thread.sleep(40);
        assertThat(cache.<String>ifFresh("key")).as("after its time to live").isEmpty();
        assertThat(loads).as("ifFresh never loads").hasValue(2);
    }

    @Test
    void aValueExpiresAfterItsTimeToLive() throws InterruptedException {
        cache.ttlMillis = () -> 20;
        cache.get("key", this::load);
        Thread.sleep(40);
        assertThat(cache.<String>get("key", this::load)).isEqualTo("value 2");
    }

    @Test
    void callersThatAskWhileAValueLoadsWaitForThatOneLoad() throws Exception {
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            Future<String> first = callers.submit(() -> cache.<String>get("key", () -> {
                loading.countDown();
                await(release);
                return load();
            }));
            assertThat(loading.await(5, TimeUnit.SECONDS)).isTrue();
            List<Future<String>> others = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                others.add(callers.submit(() -> cache.<String>get("key", this::load)));
            }
            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("value 1");
            for (Future<String> other : others) {
                assertThat(other.get(5, TimeUnit.SECONDS)).isEqualTo("value 1");
            }
            assertThat(loads).hasValue(1);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aFailedLoadIsNotKept() {
        assertThatThrownBy(() -> cache.get("key", () -> {
            throw new IllegalStateException("store down");
        })).isInstanceOf(IllegalStateException.class).hasMessage("store down");
        assertThat(cache.<String>get("key", this::load)).isEqualTo("value 1");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
