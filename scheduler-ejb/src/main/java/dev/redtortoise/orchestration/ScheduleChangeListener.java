package dev.redtortoise.orchestration;

import dev.redtortoise.platform.errors.DeadLetters;
import dev.redtortoise.platform.messaging.Destinations;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.interceptor.Interceptors;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * "A schedule changed" from the bus (sent by the console or the operations endpoint after the change
 * committed): every orchestration instance re-creates its timers from the table. Idempotent by nature, so
 * it needs no delivery record: arming again reads the same rows and creates the same timers. A failure
 * propagates, so the broker redelivers, then dead-letters.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Destinations.RESOURCE_ADAPTER),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.SCHEDULE_CHANGES),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "NonDurable"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false")
})
@Interceptors(DeadLetters.class)
public class ScheduleChangeListener implements MessageListener {

    @EJB
    ScheduleTimers timers;

    @Override
    public void onMessage(Message message) {
        timers.arm();
    }
}
