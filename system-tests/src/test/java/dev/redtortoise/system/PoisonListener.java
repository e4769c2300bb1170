package dev.redtortoise.system;

import dev.redtortoise.platform.messaging.Destinations;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A listener that always fails, deployed with OrchestrationIT only: what happens to its messages. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Destinations.RESOURCE_ADAPTER),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = PoisonListener.ADDRESS),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false")
})
public class PoisonListener implements MessageListener {

    static final String ADDRESS = "it.poison";
    static final Map<String, AtomicInteger> DELIVERIES = new ConcurrentHashMap<>();

    @Override
    public void onMessage(Message message) {
        try {
            DELIVERIES.computeIfAbsent(message.getBody(String.class), body -> new AtomicInteger()).incrementAndGet();
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("this listener always fails");
    }
}
