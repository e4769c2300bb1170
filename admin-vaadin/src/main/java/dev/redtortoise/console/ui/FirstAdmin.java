package dev.redtortoise.console.ui;

import dev.redtortoise.console.boundary.ConsoleUsers;
import dev.redtortoise.platform.schema.SchemaMigrations;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** The console creates its first administrator when it starts (after the schema migrations). */
@ApplicationScoped
public class FirstAdmin {

    @Inject
    ConsoleUsers users;

    void create(@Observes @Priority(SchemaMigrations.PRIORITY + 10) @Initialized(ApplicationScoped.class) Object started) {
        users.ensureConfiguredFirstAdmin();
    }
}
