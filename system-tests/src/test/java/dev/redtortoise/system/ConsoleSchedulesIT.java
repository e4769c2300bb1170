package dev.redtortoise.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Schedules in the console, as an operator: an invalid cron shows its reason and saves nothing; the heartbeat
 * set to every 2 seconds shows its next fire times and the running orchestration part follows it within
 * seconds, without a restart (the beats counted in PostgreSQL); the change is in the audit log; "run now"
 * starts a job run. The heartbeat's own schedule is put back at the end (the stack is shared).
 */
class ConsoleSchedulesIT {

    static final String HEARTBEAT = "heartbeat";
    static final String EVERY_TWO_SECONDS = "*/2 * * * * *";
    static final DateTimeFormatter SHOWN = new DateTimeFormatterBuilder().appendPattern("EEE yyyy-MM-dd HH:mm:ss ")
            .appendOffset("+HH:MM", "+00:00").toFormatter(Locale.ENGLISH);

    @RegisterExtension
    final ConsoleBrowser console = new ConsoleBrowser();

    @Test
    void anOperatorsCronChangeIsFollowedWithinSecondsAndAnInvalidOneSavesNothing() throws Exception {
        JsonObject original = Operations.json(Operations.admin("GET", "/schedules/" + HEARTBEAT, null), 200);
        WebDriver browser = console.driver();
        try {
            Console.signIn(browser, Console.OPERATOR);
            Console.open(browser, "schedules");
            Console.clickCell(browser, "schedules-grid", HEARTBEAT);

            Console.type(browser, "schedule-cron", "0 0 25 * * *");
            Console.click(browser, "schedule-save");
            Browser.waitFor(browser, 15).withMessage("the cron's reason beside the field").until(driver ->
                    driver.findElement(By.id("schedule-cron")).getAttribute("invalid") != null
                            && driver.findElement(By.cssSelector("#schedule-cron [slot='error-message']")).getText()
                            .equals("cron's hour field '25' is invalid: 25 is outside 0-23"));
            assertThat(browser.findElement(By.id("schedule-next-problem")).getText()).contains("hour field '25'");
            JsonObject unchanged = Operations.json(Operations.admin("GET", "/schedules/" + HEARTBEAT, null), 200);
            assertThat(unchanged.getString("cron")).as("nothing saved").isEqualTo(original.getString("cron"));
            assertThat(unchanged.getJsonNumber("version")).isEqualTo(original.getJsonNumber("version"));

            Console.type(browser, "schedule-cron", EVERY_TWO_SECONDS);
            Browser.waitFor(browser, 15).withMessage("five next fire times")
                    .until(driver -> driver.findElements(By.cssSelector("#schedule-next li")).size() == 5);
            List<OffsetDateTime> shown = browser.findElements(By.cssSelector("#schedule-next li")).stream()
                    .map(WebElement::getText).map(text -> OffsetDateTime.parse(text, SHOWN)).toList();
            for (int i = 1; i < shown.size(); i++) {
                assertThat(Duration.between(shown.get(i - 1), shown.get(i))).isEqualTo(Duration.ofSeconds(2));
            }

            long beatsBefore = beats();
            long saved = System.nanoTime();
            Console.click(browser, "schedule-save");
            Browser.waitFor(browser, 15).withMessage("three timer beats after the change, without a restart")
                    .pollingEvery(Duration.ofMillis(200)).until(driver -> beats() >= beatsBefore + 3);
            System.out.printf("schedule change to the third beat at the new schedule: %d ms%n",
                    Duration.ofNanos(System.nanoTime() - saved).toMillis());
            assertThat(audited(HEARTBEAT)).contains(EVERY_TWO_SECONDS);
            JsonObject changed = Operations.json(Operations.admin("GET", "/schedules/" + HEARTBEAT, null), 200);
            assertThat(changed.getString("origin")).isEqualTo("CONSOLE");
            assertThat(changed.getString("updatedBy")).isEqualTo(Console.OPERATOR);
            assertThat(changed.getJsonArray("next")).hasSize(5);

            Set<String> purgesBefore = executions("purge");
            Console.clickCell(browser, "schedules-grid", "purge");
            Console.click(browser, "schedule-run");
            Browser.waitFor(browser, 30).withMessage("a purge run started by 'run now'").pollingEvery(Duration.ofMillis(250))
                    .until(driver -> !purgesBefore.containsAll(executions("purge")));
        } finally {
            restore(original);
        }
        assertThat(Operations.json(Operations.admin("PUT", "/schedules/" + HEARTBEAT, "{\"cron\":\"0 61 * * * *\"}"), 422)
                .toString()).contains("cron's minute field '61' is invalid");
    }

    private static void restore(JsonObject original) {
        String body = Json.createObjectBuilder().add("cron", original.getString("cron"))
                .add("timeZone", original.getString("timeZone")).add("enabled", original.getBoolean("enabled"))
                .add("parameters", original.getJsonObject("parameters")).build().toString();
        Operations.json(Operations.admin("PUT", "/schedules/" + HEARTBEAT, body), 200);
    }

    private static Set<String> executions(String job) {
        return Set.copyOf(Operations.json(Operations.admin("GET", "/jobs/" + job + "/executions", null), 200)
                .getJsonArray("executions").stream().map(Object::toString).toList());
    }

    private static long beats() {
        try (Connection db = Conduit.jdbc();
             ResultSet row = db.createStatement().executeQuery("SELECT beats FROM heartbeat WHERE name = 'orchestration'")) {
            return row.next() ? row.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The newest audit entry's "after" of the schedule, as the operator's change left it. */
    private static String audited(String schedule) throws SQLException {
        try (Connection db = Conduit.jdbc();
             PreparedStatement query = db.prepareStatement("SELECT actor, channel, after::text FROM audit_entry "
                     + "WHERE action = 'schedule.change' AND subject = ? ORDER BY id DESC LIMIT 1")) {
            query.setString(1, "schedule:" + schedule);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("an audit entry of the change").isTrue();
                assertThat(row.getString("actor")).isEqualTo(Console.OPERATOR);
                assertThat(row.getString("channel")).isEqualTo("CONSOLE");
                return row.getString(3);
            }
        }
    }
}
