package dev.redtortoise.system;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import dev.redtortoise.articles.boundary.Tags;
import dev.redtortoise.articles.entity.Article;
import dev.redtortoise.articles.entity.TagCount;
import dev.redtortoise.console.boundary.ConsoleUsers;
import dev.redtortoise.platform.security.Passwords;
import dev.redtortoise.console.entity.ConsoleUser;
import dev.redtortoise.console.entity.Role;
import dev.redtortoise.heartbeat.boundary.Heartbeats;
import dev.redtortoise.heartbeat.entity.Heartbeat;
import dev.redtortoise.jobs.boundary.Jobs;
import dev.redtortoise.platform.documents.DocumentStore;
import dev.redtortoise.platform.messaging.Bus;
import dev.redtortoise.schedules.boundary.Schedules;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.assertj.core.api.Assertions;
import org.bson.Document;
import org.eclipse.jnosql.mapping.document.DocumentTemplate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * In-container tests on Payara Micro, inside the real orchestration.war (domain, batch jobs, timers and
 * MDBs): the JPA mapping, JNoSQL over the wire, the JMS round trip and timer → batch job.
 */
@BesideTheBrowserSuite
@ExtendWith(ArquillianExtension.class)
class OrchestrationIT {

    @Deployment
    static WebArchive orchestration() throws Exception {
        File war = Path.of(System.getProperty("it.runtime.dir"), "orchestration.war").toFile();
        File assertj = new File(Assertions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addClasses(OrchestrationIT.class, PoisonListener.class)
                .addAsLibrary(assertj);
    }

    @PersistenceContext(unitName = "redtortoise")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Inject
    ConsoleUsers users;

    @Inject
    Passwords passwords;

    @Inject
    Heartbeats heartbeats;

    @Inject
    Tags tags;

    @Inject
    DocumentTemplate template;

    @Inject
    DocumentStore store;

    @Inject
    Bus bus;

    @Inject
    Jobs jobs;

    @Inject
    Schedules schedules;

    @Test
    void aConsoleUserIsStoredWithAPbkdf2HashAndSignsInIgnoringCase() throws Exception {
        String name = "it-" + UUID.randomUUID().toString().substring(0, 8);
        transaction.begin();
        em.persist(new ConsoleUser(name, passwords.hash("correct horse battery"), Set.of(Role.OPERATOR)));
        transaction.commit();

        String stored = (String) em.createNativeQuery("SELECT password_hash FROM console_user WHERE username = ?1")
                .setParameter(1, name).getSingleResult();
        assertThat(stored).startsWith("PBKDF2WithHmacSHA512:210000:").doesNotContain("correct horse");
        assertThat(users.authenticate(name.toUpperCase(), "correct horse battery"))
                .hasValueSatisfying(user -> assertThat(user.roles()).containsExactly(Role.OPERATOR));
        assertThat(users.authenticate(name, "wrong horse battery")).isEmpty();
        assertThat(users.authenticate("nobody-" + name, "correct horse battery")).isEmpty();
    }

    @Test
    void aSignInWithoutAnyConsoleUserCreatesTheFirstAdministratorFirst() throws Exception {
        String password = System.getenv("RT_ADMIN_PASSWORD");
        // in a transaction rolled back at the end, so that the stack keeps its console users
        transaction.begin();
        try {
            em.createNativeQuery("DELETE FROM console_user").executeUpdate();
            assertThat(users.authenticate(ConsoleUsers.FIRST_ADMIN, "not the password")).as("a wrong password").isEmpty();
            assertThat(users.authenticate(ConsoleUsers.FIRST_ADMIN, password))
                    .hasValueSatisfying(admin -> assertThat(admin.roles()).containsExactly(Role.ADMIN));
            assertThat(em.createNamedQuery(ConsoleUser.COUNT, Long.class).getSingleResult()).isEqualTo(1);
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void aRememberedMatchHoldsOnlyForTheSamePasswordAndStoredHash() {
        String stored = passwords.hash("first password");
        assertThat(passwords.matches("first password", stored)).isTrue();
        assertThat(passwords.matches("first password", stored)).as("again, remembered").isTrue();
        assertThat(passwords.matches("First password", stored)).isFalse();
        assertThat(passwords.matches("first password", passwords.hash("second password"))).isFalse();
        String changed = passwords.hash("changed password");
        assertThat(passwords.matches("first password", changed)).as("after a change").isFalse();
        assertThat(passwords.matches("changed password", changed)).isTrue();
        assertThat(passwords.matches("first password", passwords.hash("first password"))).as("a new salt").isTrue();
        assertThat(passwords.matches(null, stored)).isFalse();
    }

    @Test
    void aHeartbeatIsRecordedInPostgres() {
        Instant before = Instant.now().minusMillis(1);
        long beats = heartbeats.last().map(Heartbeat::beats).orElse(0L);
        Heartbeat beat = heartbeats.beat(Heartbeat.Trigger.REQUEST);
        assertThat(beat.beats()).isGreaterThan(beats);
        assertThat(beat.lastRun()).isAfter(before);
        em.clear();
        assertThat(heartbeats.last()).hasValueSatisfying(last -> assertThat(last.beats()).isGreaterThanOrEqualTo(beat.beats()));
    }

    @Test
    void heartbeatRequestsTravelOverTheBusToTheListener() throws Exception {
        long before = heartbeats.last().map(Heartbeat::beats).orElse(0L);
        int requests = 5;
        for (int i = 0; i < requests; i++) {
            heartbeats.request();
        }
        // two timers (this server's and the stack's) add at most two beats a minute: five more beats
        // within the wait can only come from the requests delivered by the MDB
        await(() -> currentBeats() >= before + requests, Duration.ofSeconds(30));
    }

    @Test
    void aMessageSentInARolledBackTransactionIsNeverDeliveredAndACommittedOneIs() throws Exception {
        String queue = "it.rollback." + UUID.randomUUID();
        transaction.begin();
        try (JMSContext context = bus.connectionFactory().createContext()) {
            context.createProducer().send(context.createQueue(queue), "rolled back");
        }
        transaction.rollback();
        transaction.begin();
        try (JMSContext context = bus.connectionFactory().createContext()) {
            context.createProducer().send(context.createQueue(queue), "committed");
        }
        transaction.commit();
        try (JMSContext context = bus.connectionFactory().createContext();
             JMSConsumer consumer = context.createConsumer(context.createQueue(queue))) {
            assertThat(consumer.receiveBody(String.class, 5_000)).isEqualTo("committed");
            assertThat(consumer.receiveBody(String.class, 1_000)).isNull();
        }
    }

    @Test
    void aMessageThatItsListenerKeepsFailingIsRedeliveredThenDeadLettered() throws Exception {
        String body = "poison " + UUID.randomUUID();
        try (JMSContext context = bus.connectionFactory().createContext()) {
            context.createProducer().send(context.createQueue(PoisonListener.ADDRESS), body);
        }
        try (JMSContext context = bus.connectionFactory().createContext();
             JMSConsumer dead = context.createConsumer(context.createQueue("DLQ::DLQ." + PoisonListener.ADDRESS),
                     "_AMQ_ORIG_ADDRESS = '" + PoisonListener.ADDRESS + "'")) {
            String deadLetter = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (!body.equals(deadLetter) && System.nanoTime() < deadline) {
                deadLetter = dead.receiveBody(String.class, 5_000);
            }
            assertThat(deadLetter).isEqualTo(body);
        }
        // the broker's policy for every address (devservices' ArtemisBroker): five attempts, then DLQ
        assertThat(PoisonListener.DELIVERIES.get(body)).hasValue(5);
    }

    @Test
    void jnosqlMapsTagCountsAndTheAggregationCountsArticlesPerTag() {
        String prefix = "it" + UUID.randomUUID().toString().substring(0, 6) + "-";
        MongoCollection<Document> articles = store.database().getCollection(Article.COLLECTION);
        articles.insertMany(List.of(
                new Document("slug", prefix + "1").append("tagList", List.of(prefix + "a", prefix + "b")),
                new Document("slug", prefix + "2").append("tagList", List.of(prefix + "a")),
                new Document("slug", prefix + "3").append("tagList", List.of(prefix + "a", prefix + "c"))));
        try {
            tags.recount();
            assertThat(template.find(TagCount.class, prefix + "a"))
                    .hasValueSatisfying(count -> assertThat(count.articles()).isEqualTo(3));
            List<String> popular = tags.popular();
            assertThat(popular).contains(prefix + "a", prefix + "b", prefix + "c");
            assertThat(popular.indexOf(prefix + "a")).isLessThan(popular.indexOf(prefix + "b"));
        } finally {
            articles.deleteMany(Filters.regex("slug", "^" + prefix));
        }
        tags.recount();
        assertThat(template.find(TagCount.class, prefix + "a")).isEmpty();
    }

    @Test
    void aSlugIsUniqueThroughTheIndexCreatedAtStartUp() {
        MongoCollection<Document> articles = store.database().getCollection(Article.COLLECTION);
        assertThat(articles.listIndexes().into(new java.util.ArrayList<>()))
                .anySatisfy(index -> assertThat(index.getString("name")).isEqualTo("slug_unique"));
        String slug = "it-unique-" + UUID.randomUUID();
        articles.insertOne(new Document("slug", slug));
        try {
            assertThatThrownBy(() -> articles.insertOne(new Document("slug", slug)))
                    .isInstanceOf(MongoWriteException.class)
                    .hasMessageContaining("duplicate key");
        } finally {
            articles.deleteMany(Filters.eq("slug", slug));
        }
    }

    /**
     * The stack's Payara and this one both run the orchestration part against one database, as a cluster
     * does: each turn of a schedule goes to exactly one of the instances whose timers fire for it.
     */
    @Test
    void eachTurnOfAScheduleIsTakenByExactlyOneOfTheInstancesThatFireIt() throws Exception {
        String schedule = "it-turns-" + UUID.randomUUID().toString().substring(0, 8);
        Instant first = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        int turns = 20;
        int instances = 8;
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        try {
            List<List<Future<Boolean>>> claims = new ArrayList<>();
            for (int turn = 0; turn < turns; turn++) {
                Instant slot = first.plusSeconds(turn);
                List<Future<Boolean>> ofTurn = new ArrayList<>();
                for (int instance = 0; instance < instances; instance++) {
                    String name = "instance-" + instance;
                    ofTurn.add(pool.submit(() -> schedules.claimTurn(schedule, slot, name)));
                }
                claims.add(ofTurn);
            }
            for (List<Future<Boolean>> ofTurn : claims) {
                long taken = 0;
                for (Future<Boolean> claim : ofTurn) {
                    taken += claim.get(30, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(taken).as("instances that took one turn").isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theTimerStartsTheAggregateJobWhoseRunIsInTheJobRepository() throws Exception {
        Instant started = Instant.now();
        await(() -> completedAggregateSince(started), Duration.ofSeconds(60));
        long inRepository = ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM jbatchjobinstancedata WHERE name = 'aggregate'").getSingleResult()).longValue();
        assertThat(inRepository).isPositive();
    }

    private boolean completedAggregateSince(Instant since) {
        return jobs.recent("aggregate", 10).stream().map(jobs::get).anyMatch(run ->
                run.status().equals("COMPLETED") && run.ended() != null && run.ended().isAfter(since));
    }

    private long currentBeats() {
        em.clear();
        return heartbeats.last().map(Heartbeat::beats).orElse(0L);
    }

    private static void await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not true within " + timeout);
            }
            Thread.sleep(250);
        }
    }
}
