package dev.redtortoise.api;

import dev.redtortoise.platform.errors.DeadLetters;
import dev.redtortoise.platform.documents.ContentChanges;
import dev.redtortoise.platform.messaging.Destinations;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.StringReader;

/** Content changed on some instance: this one's read caches start afresh (unless the message is its own). */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Destinations.RESOURCE_ADAPTER),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.CONTENT_CHANGES),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "NonDurable"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false")
})
@Interceptors(DeadLetters.class)
public class ContentChangeListener implements MessageListener {

    @Inject
    ContentChanges changes;

    @Override
    public void onMessage(Message message) {
        changes.told(payload(message));
    }

    /** A message that is not a JSON object still says that content changed somewhere. */
    private static JsonObject payload(Message message) {
        try {
            String text = message.getBody(String.class);
            return text == null ? JsonValue.EMPTY_JSON_OBJECT : Json.createReader(new StringReader(text)).readObject();
        } catch (JMSException | JsonException e) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
    }
}
