package dev.redtortoise.platform.health;

import dev.redtortoise.platform.errors.Reasons;
import dev.redtortoise.platform.documents.DocumentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** A MongoDB {@code ping} on the application database. */
@Readiness
@ApplicationScoped
public class MongoReadiness implements HealthCheck {

    @Inject
    Part part;

    @Inject
    DocumentStore store;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.builder().withData("part", part.name()).name("mongodb");
        try {
            store.ping();
            return response.up().withData("database", store.databaseName()).build();
        } catch (RuntimeException e) {
            return response.down().withData("reason", Reasons.of(e)).build();
        }
    }
}
