package dev.redtortoise.system;

import jakarta.jms.JMSContext;
import jakarta.jms.TextMessage;
import jakarta.json.JsonObject;
import org.apache.activemq.artemis.api.core.ActiveMQQueueExistsException;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dead letters in the console and on the operations endpoint: an operator sees the messages the broker gave
 * up on, discards one (gone, audited) and replays another to its original address, where the orchestration
 * part acts on it (the heartbeat beats; the copy kept its bus id); replays every one at once, then discards
 * every one at once; a viewer reads without the buttons. Replay all and discard all move what other test
 * classes left on the dead-letter address too: the assertions are about this class's own messages, and
 * that the queues are empty afterwards (no other class relies on dead letters it did not make).
 * The dead letters are put on the dead-letter address as the broker itself writes them (checked against
 * Artemis 2.40: the copy carries {@code _AMQ_ORIG_ADDRESS}, {@code _AMQ_ORIG_QUEUE},
 * {@code _AMQ_ORIG_ROUTING_TYPE}, the message's id and properties), which spares five deliveries with back-off.
 */
class ConsoleDeadLettersIT {

    static final String ORIGIN = "rt.heartbeat.requests";
    static final String DEAD_LETTER_QUEUE = "DLQ." + ORIGIN;
    /** Shown as text, never rendered. */
    static final String MARKUP = "<b>not markup</b>";

    @RegisterExtension
    final ConsoleBrowser console = new ConsoleBrowser();

    record Sent(String jmsId, String busId, String marker) {
    }

    @Test
    void anOperatorDiscardsOneDeadLetterAndReplaysAnotherWhichIsThenConsumed() throws Exception {
        Sent poison = deadLetter();
        Sent replayed = deadLetter();
        Sent byOperations = deadLetter();
        long beatsBefore = beats();

        WebDriver browser = console.driver();
        Console.signIn(browser, Console.OPERATOR);
        Console.open(browser, "dead-letters");
        Browser.waitFor(browser, 15).until(driver -> Console.gridText(driver, "dead-letters-grid")
                .contains(poison.marker()) && Console.gridText(driver, "dead-letters-grid").contains(replayed.marker()));
        assertThat(Console.gridText(browser, "dead-letters-grid")).contains(ORIGIN, "heartbeat.requested");

        Console.click(browser, "show-" + poison.jmsId());
        Browser.waitFor(browser, 15).withMessage("the whole body, as text").until(driver ->
                driver.findElement(By.id("dead-letter-body")).getText().endsWith(MARKUP + "\"}"));
        assertThat(browser.findElement(By.id("dead-letter-about")).getText()).contains(poison.busId(), DEAD_LETTER_QUEUE);
        Console.click(browser, "dead-letter-close");

        Console.click(browser, "discard-" + poison.jmsId());
        Browser.waitFor(browser, 15).until(driver -> !Console.gridText(driver, "dead-letters-grid").contains(poison.marker()));
        assertThat(audited("dead-letter.discard", poison.jmsId())).isEqualTo(Console.OPERATOR + "|CONSOLE");

        Console.click(browser, "replay-" + replayed.jmsId());
        Browser.waitFor(browser, 15).until(driver -> !Console.gridText(driver, "dead-letters-grid").contains(replayed.marker()));
        assertThat(audited("dead-letter.replay", replayed.jmsId())).isEqualTo(Console.OPERATOR + "|CONSOLE");
        Browser.waitFor(browser, 15).withMessage("the replayed heartbeat request consumed under its own bus id")
                .until(driver -> consumed(replayed.busId()));
        assertThat(beats()).isGreaterThan(beatsBefore);
        assertThat(consumed(poison.busId())).as("the discarded request was never delivered").isFalse();

        String listed = Operations.admin("GET", "/dead-letters", null).body();
        assertThat(listed).contains(byOperations.jmsId()).doesNotContain(poison.jmsId(), replayed.jmsId());
        JsonObject discarded = Operations.json(Operations.admin("DELETE", "/dead-letters/" + byOperations.jmsId(), null), 200);
        assertThat(discarded.getString("originalAddress")).isEqualTo(ORIGIN);
        assertThat(audited("dead-letter.discard", byOperations.jmsId())).isEqualTo("admin|OPERATIONS");
        assertThat(Operations.admin("DELETE", "/dead-letters/" + byOperations.jmsId(), null).statusCode()).isEqualTo(404);

        browser.manage().deleteAllCookies();
        Sent forTheViewer = deadLetter();
        Console.signIn(browser, Console.VIEWER);
        Console.open(browser, "dead-letters");
        Browser.waitFor(browser, 15).until(driver -> Console.gridText(driver, "dead-letters-grid").contains(forTheViewer.marker()));
        assertThat(Console.shown(browser, "show-" + forTheViewer.jmsId())).isTrue();
        assertThat(browser.findElements(By.id("replay-" + forTheViewer.jmsId()))).as("no replay for a viewer").isEmpty();
        assertThat(Console.shown(browser, "dead-letters-discard-all")).isFalse();
        JsonObject replayedByOperations = Operations.json(
                Operations.admin("POST", "/dead-letters/" + forTheViewer.jmsId() + "/replay", null), 200);
        assertThat(replayedByOperations.getString("replayedTo")).isEqualTo(ORIGIN);
        assertThat(audited("dead-letter.replay", forTheViewer.jmsId())).isEqualTo("admin|OPERATIONS");
        Browser.waitFor(browser, 15).until(driver -> consumed(forTheViewer.busId()));
    }

    @Test
    void anOperatorReplaysEveryDeadLetterAtOnceEachConsumedOnceThenDiscardsEveryOne() throws Exception {
        List<Sent> replayed = List.of(deadLetter(), deadLetter(), deadLetter());
        long beatsBefore = beats();

        WebDriver browser = console.driver();
        Console.signIn(browser, Console.OPERATOR);
        Console.open(browser, "dead-letters");
        allAtOnce(browser, "dead-letters-replay-all", "dead-letter.replay", replayed);
        Browser.waitFor(browser, 15).withMessage("every replayed heartbeat request consumed at its original address")
                .until(driver -> replayed.stream().allMatch(letter -> consumed(letter.busId())));
        assertThat(beats()).as("each request made the heartbeat beat").isGreaterThanOrEqualTo(beatsBefore + replayed.size());

        List<Sent> discarded = List.of(deadLetter(), deadLetter());
        Console.click(browser, "dead-letters-refresh");
        allAtOnce(browser, "dead-letters-discard-all", "dead-letter.discard", discarded);
        assertThat(discarded).noneMatch(letter -> consumed(letter.busId()));
    }

    /**
     * Clicks "replay all" or "discard all" once these letters are listed and confirms; then every one has its
     * audit entry and the dead-letter queues are empty.
     */
    private static void allAtOnce(WebDriver browser, String button, String action, List<Sent> letters) throws SQLException {
        Browser.waitFor(browser, 15).until(driver -> listed(driver, letters));
        Console.click(browser, button);
        Console.click(browser, "confirm-all-yes");
        Browser.waitFor(browser, 15).until(driver ->
                "No dead letters.".equals(driver.findElement(By.id("dead-letters-count")).getText()));
        for (Sent letter : letters) {
            assertThat(audited(action, letter.jmsId())).isEqualTo(Console.OPERATOR + "|CONSOLE");
        }
        assertThat(Operations.json(Operations.admin("GET", "/dead-letters", null), 200).getJsonArray("deadLetters"))
                .as("the dead-letter queues are empty").isEmpty();
    }

    private static boolean listed(WebDriver browser, List<Sent> letters) {
        String grid = Console.gridText(browser, "dead-letters-grid");
        return letters.stream().allMatch(letter -> grid.contains(letter.marker()));
    }

    /** A heartbeat request on the dead-letter address, as the broker moves one there after its last failed delivery. */
    static Sent deadLetter() throws Exception {
        String url = "tcp://127.0.0.1:" + System.getenv("RT_ARTEMIS_PORT");
        String user = System.getenv("RT_ARTEMIS_USER");
        String password = System.getenv("RT_ARTEMIS_PASSWORD");
        ensureDeadLetterQueue(url, user, password);
        String marker = "dead-letter-it-" + UUID.randomUUID();
        String busId = "it-" + UUID.randomUUID();
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url, user, password);
             JMSContext context = factory.createContext()) {
            TextMessage message = context.createTextMessage("{\"marker\":\"" + marker + "\",\"note\":\"" + MARKUP + "\"}");
            message.setStringProperty("rtType", "heartbeat.requested");
            message.setStringProperty("rtMessageId", busId);
            message.setStringProperty("_AMQ_ORIG_ADDRESS", ORIGIN);
            message.setStringProperty("_AMQ_ORIG_QUEUE", ORIGIN);
            message.setByteProperty("_AMQ_ORIG_ROUTING_TYPE", RoutingType.ANYCAST.getType());
            context.createProducer().send(context.createTopic("DLQ"), message);
            return new Sent(message.getJMSMessageID(), busId, marker);
        }
    }

    /** The queue the broker creates with the first dead letter of an address (auto-create-dead-letter-resources). */
    static void ensureDeadLetterQueue(String url, String user, String password) throws Exception {
        try (ServerLocator locator = ActiveMQClient.createServerLocator(url);
             ClientSessionFactory sessions = locator.createSessionFactory();
             ClientSession session = sessions.createSession(user, password, false, true, true, false, 0)) {
            session.createQueue(QueueConfiguration.of(DEAD_LETTER_QUEUE).setAddress("DLQ")
                    .setRoutingType(RoutingType.MULTICAST).setFilterString("_AMQ_ORIG_ADDRESS = '" + ORIGIN + "'")
                    .setAutoCreated(true).setAutoDelete(false));
        } catch (ActiveMQQueueExistsException alreadyThere) {
            // made by an earlier dead letter of the address: the same queue
        }
    }

    /** "actor|channel" of the audit entry of this action on this dead letter, or null. */
    static String audited(String action, String jmsId) throws SQLException {
        try (Connection db = Conduit.jdbc();
             PreparedStatement select = db.prepareStatement(
                     "SELECT actor, channel FROM audit_entry WHERE action = ? AND subject = ? ORDER BY id DESC LIMIT 1")) {
            select.setString(1, action);
            select.setString(2, "dead-letter:" + jmsId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) + "|" + row.getString(2) : null;
            }
        }
    }

    static boolean consumed(String busId) {
        try (Connection db = Conduit.jdbc();
             PreparedStatement select = db.prepareStatement(
                     "SELECT 1 FROM consumed_message WHERE consumer = 'heartbeat-requests' AND message_id = ?")) {
            select.setString(1, busId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long beats() throws SQLException {
        try (Connection db = Conduit.jdbc();
             PreparedStatement select = db.prepareStatement("SELECT beats FROM heartbeat WHERE name = 'orchestration'");
             ResultSet row = select.executeQuery()) {
            return row.next() ? row.getLong(1) : 0;
        }
    }
}
