package dev.redtortoise.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Settings changed in the console apply in another part without a restart: an administrator adds a CORS
 * origin in the console (admin part) and the customer API (api part) answers that origin's preflight within
 * seconds; a bad value is refused beside the field and nothing is saved; the audit log shows the change
 * with before and after, and its revert takes the origin away again (a second revert of it is refused); the
 * server refuses a viewer's change. A mapping rules change through the operations endpoint is audited under
 * its caller and reverted from the console. One browser session for all of it (the suite's time budget);
 * the setting is put back as it was at the end (the stack is shared).
 */
class ConsoleSettingsIT {

    static final String CORS = "cors.origins";

    @RegisterExtension
    final ConsoleBrowser console = new ConsoleBrowser();

    @Test
    void anAdminsChangesApplyLiveInAnotherPartAreAuditedAndRevertedAndAViewersAreRefused() throws Exception {
        WebDriver browser = console.driver();
        JsonObject original = setting();
        String origin = "https://" + Conduit.unique("settings-") + ".example";
        assertThat(allowOrigin(origin)).as("a new origin is not allowed yet").isEmpty();
        try {
            Console.signIn(browser, "admin");
            Console.open(browser, "settings");
            Console.clickCell(browser, "settings-grid", CORS);

            Console.type(browser, "setting-value", "not an origin");
            Console.click(browser, "setting-save");
            Browser.waitFor(browser, 10).withMessage("the reason beside the field").until(driver ->
                    driver.findElement(By.id("setting-value")).getAttribute("invalid") != null
                            && driver.findElement(By.cssSelector("#setting-value [slot='error-message']")).getText()
                            .contains("is not an origin"));
            assertThat(setting().getString("value")).as("nothing saved").isEqualTo(original.getString("value"));

            String changed = original.getString("value") + "," + origin;
            Console.type(browser, "setting-value", changed);
            long saved = System.nanoTime();
            Console.click(browser, "setting-save");
            awaitAllowOrigin(origin, true);
            System.out.printf("cors.origins change applied by the api part %d ms after the console's save%n",
                    (System.nanoTime() - saved) / 1_000_000);
            assertThat(setting().getString("source")).isEqualTo("console");

            long entry = newestEntry("setting:" + CORS);
            Console.open(browser, "audit");
            Console.type(browser, "audit-search", "setting:" + CORS);
            Console.clickCell(browser, "audit-grid", String.valueOf(entry));
            assertThat(browser.findElement(By.id("audit-before")).getText()).contains(original.getString("value"))
                    .doesNotContain(origin);
            assertThat(browser.findElement(By.id("audit-after")).getText()).contains(origin).contains("console");
            String viewersChange = Json.createObjectBuilder().add("value", "https://viewer.example").build().toString();
            assertThat(Operations.call("PUT", "/settings/" + CORS, viewersChange, Console.VIEWER, Stack.ADMIN_PASSWORD)
                    .statusCode()).as("a viewer's change refused by the server").isEqualTo(403);
            assertThat(setting().getString("value")).isEqualTo(changed);

            Console.click(browser, "audit-revert");
            awaitAllowOrigin(origin, false);
            assertThat(setting().getString("value")).as("the old value back").isEqualTo(original.getString("value"));
            assertThat(newestEntry("setting:" + CORS)).as("the revert is an entry of its own").isGreaterThan(entry);

            Console.clickCell(browser, "audit-grid", String.valueOf(entry));
            Console.click(browser, "audit-revert");
            Browser.waitFor(browser, 10).withMessage("a second revert of the same change refused").until(driver ->
                    driver.findElement(By.id("audit-revert-problem")).getText().contains("changed again since"));

            mappingRulesChangeIsAuditedAndReverted(browser);
        } finally {
            restore(original);
        }
    }

    /** A rules change made through the operations endpoint, audited under the caller and reverted in the console. */
    private static void mappingRulesChangeIsAuditedAndReverted(WebDriver browser) throws Exception {
        Conduit.User owner = Conduit.register("auditowner");
        JsonObject source = Operations.addSource(Conduit.unique("Audited feed "), "https://feeds.example/rss.xml",
                owner.username(), 10, "[{\"kind\":\"DEFAULT_TAG\",\"value\":\"before\"}]");
        long id = source.getJsonNumber("id").longValue();
        Operations.json(Operations.admin("PUT", "/sources/" + id + "/rules", "[{\"kind\":\"DEFAULT_TAG\",\"value\":\"after\"}]"), 200);
        long entry = newestEntry("feed-source:" + id);
        assertThat(entry).as("the rules change is audited").isPositive();
        try {
            Console.open(browser, "audit");
            Console.type(browser, "audit-search", "feed-source:" + id);
            Browser.waitFor(browser, 10).until(driver -> Console.gridText(driver, "audit-grid").contains("feed-source.add"));
            assertThat(Console.gridText(browser, "audit-grid")).as("who, through which door")
                    .contains("admin (operations)").contains("feed-source.rules");
            Console.clickCell(browser, "audit-grid", String.valueOf(entry));
            assertThat(browser.findElement(By.id("audit-before")).getText()).contains("\"before\"");
            assertThat(browser.findElement(By.id("audit-after")).getText()).contains("\"after\"");
            Console.click(browser, "audit-revert");
            Browser.waitFor(browser, 10).withMessage("the rules of before the change back").until(driver ->
                    Operations.json(Operations.admin("GET", "/sources/" + id, null), 200).getJsonArray("rules")
                            .getJsonObject(0).getString("value").equals("before"));
        } finally {
            Operations.admin("DELETE", "/sources/" + id, null);
        }
    }

    private static JsonObject setting() {
        return Operations.json(Operations.admin("GET", "/settings/" + CORS, null), 200);
    }

    /** Puts the setting back: its console value, or none when it came from the environment or default. */
    private static void restore(JsonObject original) {
        if ("console".equals(original.getString("source"))) {
            String body = Json.createObjectBuilder().add("value", original.getString("value")).build().toString();
            Operations.json(Operations.admin("PUT", "/settings/" + CORS, body), 200);
        } else {
            Operations.json(Operations.admin("DELETE", "/settings/" + CORS, null), 200);
        }
    }

    /** The Access-Control-Allow-Origin the API answers to this origin's preflight. */
    private static Optional<String> allowOrigin(String origin) {
        return Conduit.send(Conduit.builder("/tags").header("Origin", origin)
                        .header("Access-Control-Request-Method", "GET")
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build())
                .headers().firstValue("Access-Control-Allow-Origin");
    }

    private static void awaitAllowOrigin(String origin, boolean allowed) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (allowOrigin(origin).isPresent() != allowed) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the API still " + (allowed ? "refuses " : "allows ") + origin + " after 10 s");
            }
            Thread.sleep(100);
        }
    }

    private static long newestEntry(String subject) throws SQLException {
        try (Connection db = Conduit.jdbc();
             PreparedStatement query = db.prepareStatement("SELECT max(id) FROM audit_entry WHERE subject = ?")) {
            query.setString(1, subject);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
