package dev.redtortoise.feeds.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The reject share is the source's rule: an import run fails when its rejects pass the share it tolerates. */
class FeedSourceTest {

    static FeedSource tolerating(int percent) {
        return new FeedSource("Gazette", "https://example.org/feed.xml", 1, true, Duration.ofHours(1), percent);
    }

    @Test
    void rejectsUpToTheShareAreToleratedAndOneMoreFailsTheRunSayingWhy() {
        FeedSource source = tolerating(10);

        assertThat(source.tooManyRejects(10, 0)).isEmpty();
        assertThat(source.tooManyRejects(10, 1)).as("exactly the share").isEmpty();
        assertThat(source.tooManyRejects(10, 2))
                .contains("too many rejects: 2 of 10 records (20 %), more than the source's 10 %");
        assertThat(source.tooManyRejects(5, 2))
                .contains("too many rejects: 2 of 5 records (40 %), more than the source's 10 %");
        assertThat(source.tooManyRejects(1_000_000, 100_001)).as("a share just over, with no rounding in its favour")
                .contains("too many rejects: 100001 of 1000000 records (10 %), more than the source's 10 %");
    }

    @Test
    void noShareToleratesNoRejectAndAFullShareToleratesAll() {
        assertThat(tolerating(0).tooManyRejects(1000, 1)).isPresent();
        assertThat(tolerating(0).tooManyRejects(1000, 0)).isEmpty();
        assertThat(tolerating(100).tooManyRejects(1000, 1000)).isEmpty();
    }

    @Test
    void aRunThatReadNothingHasNoShareToPass() {
        assertThat(tolerating(0).tooManyRejects(0, 0)).isEmpty();
    }

    @Test
    void theShareFollowsAChangeOfTheSource() {
        FeedSource source = tolerating(10);
        source.change("Gazette", "https://example.org/feed.xml", true, Duration.ofHours(1), 50);

        assertThat(source.tooManyRejects(10, 5)).isEmpty();
        assertThat(source.tooManyRejects(10, 6)).contains("too many rejects: 6 of 10 records (60 %), more than the source's 50 %");
    }
}
