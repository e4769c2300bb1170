package dev.redtortoise.orchestration;

import dev.redtortoise.jobs.boundary.JobRuns;
import dev.redtortoise.platform.errors.DeadLetters;
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
 * "Restart or stop this execution" from the bus (sent by the console). Bean-managed transactions, as for
 * the job requests: the job repository's work must not run inside the delivery's transaction (DESIGN.md §6).
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Destinations.RESOURCE_ADAPTER),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.JOB_CONTROLS),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false")
})
@TransactionManagement(TransactionManagementType.BEAN)
@Interceptors(DeadLetters.class)
public class JobControlListener implements MessageListener {

    @Inject
    JobRuns runs;

    @Override
    public void onMessage(Message message) {
        try (var reader = Json.createReader(new StringReader(((TextMessage) message).getText()))) {
            runs.carryOut(reader.readObject());
        } catch (JMSException e) {
            throw new IllegalStateException("unreadable job control request: " + e.getMessage(), e);
        }
    }
}
