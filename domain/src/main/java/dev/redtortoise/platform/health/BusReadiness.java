package dev.redtortoise.platform.health;

import dev.redtortoise.platform.messaging.Bus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.TemporaryQueue;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.util.UUID;

/** Sends a message to a temporary queue on the broker and reads it back. */
@Readiness
@ApplicationScoped
public class BusReadiness implements HealthCheck {

    @Inject
    Part part;

    static final long RECEIVE_TIMEOUT_MILLIS = 3_000;

    @Inject
    Bus bus;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.builder().withData("part", part.name()).name("artemis");
        String probe = UUID.randomUUID().toString();
        try (JMSContext context = bus.connectionFactory().createContext()) {
            TemporaryQueue queue = context.createTemporaryQueue();
            try (JMSConsumer consumer = context.createConsumer(queue)) {
                context.createProducer().send(queue, probe);
                String echoed = consumer.receiveBody(String.class, RECEIVE_TIMEOUT_MILLIS);
                if (!probe.equals(echoed)) {
                    return response.down().withData("reason", "no round trip within "
                            + RECEIVE_TIMEOUT_MILLIS + " ms").build();
                }
            }
            return response.up().build();
        } catch (RuntimeException e) {
            return response.down().withData("reason", Reasons.of(e)).build();
        }
    }
}
