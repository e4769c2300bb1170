package dev.redtortoise.platform.errors;

import dev.redtortoise.platform.metrics.BusinessMetrics;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.Topic;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On a message-driven bean ({@code @Interceptors(DeadLetters.class)}): when its last delivery attempt fails,
 * the broker moves the message to the dead-letter queue, and this is the last moment the application sees
 * it, so it is reported then, with the destination, the message id and the reason (never the payload), and
 * counted by destination ({@code rt_dead_letters}).
 * The count must match the broker's {@code max-delivery-attempts} ({@code RT_JMS_MAX_DELIVERY_ATTEMPTS}, 5
 * as the local broker has it).
 */
public class DeadLetters {

    @Inject
    ErrorReports reports;

    @Inject
    BusinessMetrics metrics;

    @Inject
    @ConfigProperty(name = "rt.jms.max-delivery-attempts", defaultValue = "5")
    int maxDeliveryAttempts;

    @AroundInvoke
    public Object watch(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (Exception | Error failure) {
            Object[] parameters = invocation.getParameters();
            if (parameters != null && parameters.length == 1 && parameters[0] instanceof Message message) {
                int attempts = attempts(message);
                if (attempts >= maxDeliveryAttempts) {
                    String destination = destination(message);
                    metrics.deadLetter(destination);
                    reports.reportDeadLetter(destination, message.getJMSMessageID(), attempts, failure);
                }
            }
            throw failure;
        }
    }

    static int attempts(Message message) throws JMSException {
        return message.propertyExists("JMSXDeliveryCount") ? message.getIntProperty("JMSXDeliveryCount") : 1;
    }

    static String destination(Message message) throws JMSException {
        Destination destination = message.getJMSDestination();
        if (destination instanceof Queue queue) {
            return queue.getQueueName();
        }
        if (destination instanceof Topic topic) {
            return topic.getTopicName();
        }
        return String.valueOf(destination);
    }
}
