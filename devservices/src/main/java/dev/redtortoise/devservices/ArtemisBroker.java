package dev.redtortoise.devservices;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.config.impl.SecurityConfiguration;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.spi.core.security.ActiveMQJAASSecurityManager;
import org.apache.activemq.artemis.spi.core.security.jaas.InVMLoginModule;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;

/**
 * A real Artemis broker for local runs and tests: persistent file journal, one CORE-only acceptor, login
 * required, and undeliverable messages moved after {@value #MAX_DELIVERY_ATTEMPTS} tries to the address
 * {@code DLQ}, in one queue per origin ({@code DLQ.<address>}).
 * The password comes from the environment ({@code RT_ARTEMIS_PASSWORD}), never from a file in the repository.
 */
public final class ArtemisBroker {

    static final int MAX_DELIVERY_ATTEMPTS = 5;
    /** The pause before the first redelivery; it doubles after each one (1 + 2 + 4 + 8 s by default). */
    static final String REDELIVERY_DELAY = "1000";
    static final String ROLE = "redtortoise";

    private static final Logger LOG = Logger.getLogger(ArtemisBroker.class.getName());

    private ArtemisBroker() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args, Map.of("host", "127.0.0.1", "port", "61616", "data", "data/artemis",
                "redelivery-delay", REDELIVERY_DELAY));
        String user = requiredEnv("RT_ARTEMIS_USER");
        String password = requiredEnv("RT_ARTEMIS_PASSWORD");

        EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
        broker.setConfiguration(configuration(options.get("host"), options.port("port"), Path.of(options.get("data")),
                options.millis("redelivery-delay")));
        SecurityConfiguration users = new SecurityConfiguration();
        users.addUser(user, password);
        users.addRole(user, ROLE);
        broker.setSecurityManager(new ActiveMQJAASSecurityManager(InVMLoginModule.class.getName(), users));
        broker.start();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                broker.stop();
            } catch (Exception e) {
                LOG.warning("broker stop failed: " + e.getMessage());
            }
            stopped.countDown();
        }, "artemis-stop"));
        LOG.info("Artemis broker ready on " + options.get("host") + ":" + options.get("port"));
        stopped.await();
    }

    static Configuration configuration(String host, int port, Path data, long redeliveryDelay) throws Exception {
        Path journal = data.toAbsolutePath();
        Configuration configuration = new ConfigurationImpl()
                .setName("redtortoise")
                .setPersistenceEnabled(true)
                .setSecurityEnabled(true)
                .setJMXManagementEnabled(false)
                .setJournalDirectory(journal.resolve("journal").toString())
                .setBindingsDirectory(journal.resolve("bindings").toString())
                .setPagingDirectory(journal.resolve("paging").toString())
                .setLargeMessagesDirectory(journal.resolve("large-messages").toString())
                .addAcceptorConfiguration("core", "tcp://" + host + ":" + port + "?protocols=CORE");
        configuration.putSecurityRoles("#", Set.of(new Role(ROLE, true, true, true, true, true, true, true, true, true, true, false, false)));
        configuration.addAddressSetting("#", new AddressSettings()
                .setDeadLetterAddress(SimpleString.of("DLQ"))
                .setExpiryAddress(SimpleString.of("ExpiryQueue"))
                .setMaxDeliveryAttempts(MAX_DELIVERY_ATTEMPTS)
                .setRedeliveryDelay(redeliveryDelay)
                .setRedeliveryMultiplier(2)
                .setMaxRedeliveryDelay(30_000)
                .setAutoCreateDeadLetterResources(true)
                .setAutoCreateQueues(true)
                .setAutoCreateAddresses(true));
        return configuration;
    }

    private static String requiredEnv(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " must be set (the broker requires a login)");
        }
        return value;
    }
}
