package dev.redtortoise.system;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console administrator's password from {@code ./tortoise}: {@code up} on a database that already has
 * console users prints no new password (it would not work) but says how to reset it, and
 * {@code ./tortoise admin-password} gives {@code admin} a new one, hashed as the application hashes, which
 * then signs in while the old one no longer does.
 */
class ConsoleAdminPasswordIT {

    static final Path PASSWORD_FILE = Stack.DATA.resolve("admin-password");

    @Test
    void upKeepsTheExistingAdministratorAndAdminPasswordGivesItANewOne() throws Exception {
        Files.deleteIfExists(PASSWORD_FILE);
        try {
            String up = Stack.tortoise("up", Map.of("RT_ADMIN_PASSWORD", "")).output();
            assertThat(up).contains("existing administrator 'admin' stays").contains("./tortoise admin-password")
                    .doesNotContain("shown once");
            assertThat(PASSWORD_FILE).as("no password that would not work is kept").doesNotExist();

            Stack.Run reset = Stack.tortoise("admin-password", Map.of("RT_ADMIN_PASSWORD", ""));
            assertThat(reset.exitCode()).as(reset.output()).isZero();
            String password = Files.readString(PASSWORD_FILE).trim();
            assertThat(password).hasSizeGreaterThanOrEqualTo(12);
            assertThat(reset.output()).contains("console user 'admin' changed").contains(password);

            assertThat(Operations.call("GET", "/sources", null, "admin", password).statusCode()).isEqualTo(200);
            assertThat(Operations.call("GET", "/sources", null, "admin", Stack.ADMIN_PASSWORD).statusCode())
                    .as("the old password").isEqualTo(401);
        } finally {
            // back to the password every other test signs in with (RT_ADMIN_PASSWORD in the test's environment)
            String restored = Stack.tortoise("admin-password");
            Files.deleteIfExists(PASSWORD_FILE);
            assertThat(restored).contains("with the password in RT_ADMIN_PASSWORD");
        }
        assertThat(Operations.admin("GET", "/sources", null).statusCode()).isEqualTo(200);
    }
}
