package dev.redtortoise.orchestration;

import dev.redtortoise.heartbeat.boundary.Heartbeats;
import dev.redtortoise.heartbeat.entity.Heartbeat;
import dev.redtortoise.platform.errors.DeadLetters;
import dev.redtortoise.platform.messaging.Deliveries;
import dev.redtortoise.platform.messaging.Destinations;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * "Run the heartbeat now" from the bus, once per request however often it is delivered. A failure
 * propagates, so the broker redelivers, then dead-letters.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Destinations.RESOURCE_ADAPTER),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.HEARTBEAT_REQUESTS),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false")
})
@Interceptors(DeadLetters.class)
public class HeartbeatRequestListener implements MessageListener {

    static final String CONSUMER = "heartbeat-requests";

    @Inject
    Heartbeats heartbeats;

    @Inject
    Deliveries deliveries;

    @Override
    public void onMessage(Message message) {
        // the record and the beat share the delivery's transaction: a redelivery finds the record, a rollback has none
        if (deliveries.first(CONSUMER, message)) {
            heartbeats.beat(Heartbeat.Trigger.REQUEST);
        }
    }
}
