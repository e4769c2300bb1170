package dev.redtortoise.platform.health;

import dev.redtortoise.platform.errors.Reasons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/** {@code SELECT 1} through the application's pool. */
@Readiness
@ApplicationScoped
public class PostgresReadiness implements HealthCheck {

    @Inject
    Part part;

    static final int TIMEOUT_SECONDS = 3;

    @Inject
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.builder().withData("part", part.name()).name("postgres");
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            try (ResultSet rows = statement.executeQuery("SELECT 1")) {
                rows.next();
                return response.up().withData("database", connection.getCatalog()).build();
            }
        } catch (Exception e) {
            return response.down().withData("reason", Reasons.of(e)).build();
        }
    }
}
