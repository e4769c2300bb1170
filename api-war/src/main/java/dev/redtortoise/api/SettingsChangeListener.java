package dev.redtortoise.api;

import dev.redtortoise.platform.errors.DeadLetters;
import dev.redtortoise.platform.messaging.Destinations;
import dev.redtortoise.settings.control.CurrentSettings;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** A setting changed (console or operations endpoint, on any instance): the customer API reloads its settings. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Destinations.RESOURCE_ADAPTER),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.SETTINGS_CHANGES),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "NonDurable"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false")
})
@Interceptors(DeadLetters.class)
public class SettingsChangeListener implements MessageListener {

    @Inject
    CurrentSettings settings;

    @Override
    public void onMessage(Message message) {
        settings.reload();
    }
}
