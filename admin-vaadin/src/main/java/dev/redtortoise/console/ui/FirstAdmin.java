package dev.redtortoise.console.ui;

import dev.redtortoise.console.boundary.ConsoleUsers;
import dev.redtortoise.platform.schema.SchemaMigrations;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Creates the console's first administrator from {@code RT_ADMIN_PASSWORD} when there are no console
 * users yet (after the schema migrations). Without the setting, and no users, nobody can sign in: the
 * log says so.
 */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @Inject
    ConsoleUsers users;

    @Inject
    @ConfigProperty(name = "rt.admin.password")
    Optional<String> password;

    void create(@Observes @Priority(SchemaMigrations.PRIORITY + 10) @Initialized(ApplicationScoped.class) Object started) {
        password.filter(value -> !value.isBlank()).ifPresentOrElse(
                users::ensureFirstAdmin,
                () -> LOG.warning("RT_ADMIN_PASSWORD is not set: no first console administrator is created"));
    }
}
