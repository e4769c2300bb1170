package dev.redtortoise.devservices;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import org.apache.activemq.artemis.core.config.impl.SecurityConfiguration;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.activemq.artemis.spi.core.security.ActiveMQJAASSecurityManager;
import org.apache.activemq.artemis.spi.core.security.jaas.InVMLoginModule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The broker configuration of ./tortoise up, over a real TCP connection with the Jakarta JMS client. */
class ArtemisBrokerTest {

    @TempDir
    Path data;

    EmbeddedActiveMQ broker;
    int port;

    @BeforeEach
    void start() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        broker = new EmbeddedActiveMQ();
        broker.setConfiguration(ArtemisBroker.configuration("127.0.0.1", port, data,
                Long.parseLong(ArtemisBroker.REDELIVERY_DELAY)));
        SecurityConfiguration users = new SecurityConfiguration();
        users.addUser("app", "secret-password");
        users.addRole("app", ArtemisBroker.ROLE);
        broker.setSecurityManager(new ActiveMQJAASSecurityManager(InVMLoginModule.class.getName(), users));
        broker.start();
    }

    @AfterEach
    void stop() throws Exception {
        broker.stop();
    }

    @Test
    void aLoginIsRequired() {
        try (var factory = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + port)) {
            assertThatThrownBy(() -> factory.createContext("app", "wrong").close())
                    .isInstanceOf(JMSRuntimeException.class);
        }
    }

    @Test
    void aMessageThatKeepsFailingEndsInTheDeadLetterQueue() {
        try (var factory = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + port);
             JMSContext context = factory.createContext("app", "secret-password", JMSContext.SESSION_TRANSACTED)) {
            Queue work = context.createQueue("it.work");
            context.createProducer().send(work, "poison");
            context.commit();
            try (JMSConsumer consumer = context.createConsumer(work)) {
                for (int attempt = 1; attempt <= ArtemisBroker.MAX_DELIVERY_ATTEMPTS; attempt++) {
                    assertThat(consumer.receiveBody(String.class, 10_000)).as("delivery " + attempt).isEqualTo("poison");
                    context.rollback();
                }
                assertThat(consumer.receiveBody(String.class, 500)).isNull();
            }
            // one dead-letter queue per origin on the address DLQ (fully qualified: address::queue)
            try (JMSConsumer dead = context.createConsumer(context.createQueue("DLQ::DLQ.it.work"))) {
                assertThat(dead.receiveBody(String.class, 5_000)).isEqualTo("poison");
                context.commit();
            }
        }
    }
}
