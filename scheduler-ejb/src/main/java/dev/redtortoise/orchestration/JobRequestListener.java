package dev.redtortoise.orchestration;

import dev.redtortoise.platform.errors.DeadLetters;
import dev.redtortoise.jobs.boundary.Jobs;
import dev.redtortoise.platform.messaging.Deliveries;
import dev.redtortoise.platform.messaging.Destinations;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.json.Json;

import java.io.StringReader;

/**
 * "Run this job" from the bus (the console never waits for a job). Bean-managed transactions, as for
 * timers: the job repository's work must not run inside the delivery's transaction (DESIGN.md §6). A
 * request that cannot be started propagates, so the broker redelivers, then dead-letters it; a redelivered
 * request that was started already starts nothing.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Destinations.RESOURCE_ADAPTER),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.JOB_REQUESTS),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false")
})
@Interceptors(DeadLetters.class)
@TransactionManagement(TransactionManagementType.BEAN)
public class JobRequestListener implements MessageListener {

    @Inject
    Jobs jobs;

    @Override
    public void onMessage(Message message) {
        try (var reader = Json.createReader(new StringReader(((TextMessage) message).getText()))) {
            jobs.startRequested(reader.readObject(), Deliveries.idOf(message));
        } catch (JMSException e) {
            throw new IllegalStateException("unreadable job request: " + e.getMessage(), e);
        }
    }
}
