package dev.redtortoise.system;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every API instance caches list pages until the content changes. A write on another instance reaches
 * this one as a message on the bus: the test writes an article straight into MongoDB, as another
 * instance would, sees the cached page, then sends that instance's "content changed" message. A write
 * through this instance's API sends that message itself, after the request, and skips it when it comes back
 * (see ContentChanges).
 */
class ContentCacheIT {

    static final String TOPIC = "rt.content.changes";

    @Test
    void aContentChangedMessageFromAnotherInstanceMakesTheNextReadFresh() throws Exception {
        Conduit.User author = Conduit.register("cache-");
        String tag = Conduit.unique("cached-");
        assertThat(count(tag)).as("before the write").isZero();

        writeElsewhere(author, tag);
        assertThat(count(tag)).as("this instance still serves its cached page").isZero();

        try (ActiveMQConnectionFactory factory = broker(); JMSContext context = factory.createContext()) {
            context.createProducer().send(context.createTopic(TOPIC), "{}");
        }
        long sent = System.nanoTime();
        while (count(tag) == 0 && System.nanoTime() - sent < 3_000_000_000L) {
            Thread.sleep(50);
        }
        assertThat(count(tag)).as("after the message, well before the cache's own expiry").isEqualTo(1);
    }

    @Test
    void theInstancesOwnMessageComingBackDoesNotThrowAwayWhatItReadAfterItsWrite() throws Exception {
        Conduit.User author = Conduit.register("cache-");
        String tag = Conduit.unique("own-");
        Thread.sleep(1_000); // the registration's message, if any, has gone round by now
        Stack.signal("STOP", "artemis"); // holds the write's message back until this instance has read after the write
        try {
            Conduit.createArticle(author, "Written here " + Conduit.suffix());
            assertThat(count(tag)).as("read after the write, cached").isZero();
        } finally {
            Stack.signal("CONT", "artemis");
        }
        Thread.sleep(1_000); // the write's message has gone round the topic and back by now

        writeElsewhere(author, tag);
        assertThat(count(tag)).as("the page read after this instance's write is still served").isZero();
    }

    @Test
    void aWriteHereTellsTheOtherInstancesOverTheBusWithoutTheRequestWaitingForIt() throws Exception {
        Conduit.User author = Conduit.register("cache-");
        try (ActiveMQConnectionFactory factory = broker(); JMSContext context = factory.createContext();
             JMSConsumer otherInstance = context.createConsumer(context.createTopic(TOPIC))) {
            Conduit.createArticle(author, "Told to the others " + Conduit.suffix());

            Message told = otherInstance.receive(5_000);
            assertThat(told).as("a content-changed message after the write").isNotNull();
            assertThat(told.getStringProperty("rtType")).isEqualTo("content-changed");
        }
    }

    private static ActiveMQConnectionFactory broker() {
        return new ActiveMQConnectionFactory("tcp://127.0.0.1:" + System.getenv("RT_ARTEMIS_PORT"),
                System.getenv("RT_ARTEMIS_USER"), System.getenv("RT_ARTEMIS_PASSWORD"));
    }

    /** An article stored as another instance would store it, without this instance's API. */
    private static void writeElsewhere(Conduit.User author, String tag) {
        long now = System.currentTimeMillis();
        Conduit.mongo().getCollection("articles").insertOne(new Document("_id", UUID.randomUUID().toString())
                .append("slug", Conduit.unique("written-elsewhere-")).append("title", "Written elsewhere")
                .append("description", "by another instance").append("body", "b").append("tagList", List.of(tag))
                .append("authorId", author.id()).append("createdAt", now).append("updatedAt", now)
                .append("favoritesCount", 0L));
    }

    private static int count(String tag) {
        return Conduit.json(Conduit.get("/articles?tag=" + tag, null)).getInt("articlesCount");
    }
}
