package dev.redtortoise.system;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Geo-blocking at the door of every part, against the country database bundled into the runtime. The stack
 * trusts loopback as a proxy (it.trusted-proxies), so a test chooses its country with X-Forwarded-For; through
 * the host's own network address it is an untrusted peer whose header counts for nothing. Every policy
 * change goes through the operations endpoint (a different part than the API) or the console, and applies
 * without a restart.
 */
class GeoBlockingIT {

    static final String GERMANY = "81.169.145.1";
    static final String GERMANY_V6 = "2a01:238:20a:202::1";
    static final String UNITED_STATES = "8.8.8.8";
    static final String CANADA_V6 = "2001:4860:4860::8888";
    static final String OPEN_DOORS = "{\"mode\":\"OFF\",\"exemptPaths\":[\"/health\"]}";

    @AfterEach
    void openTheDoorsAgain() throws Exception {
        policy(OPEN_DOORS);
        awaitStatus("/api/tags", UNITED_STATES, 200);
    }

    @Test
    void anAllowListAdmitsItsCountryOnIpv4AndIpv6AndRefusesOthersOnEveryPart() throws Exception {
        policy("{\"mode\":\"ALLOW\",\"countries\":[\"de\"],\"exemptPaths\":[\"/health\",\"/orchestration/ops/geo-policy\"]}");
        HttpResponse<String> refused = awaitStatus("/api/tags", UNITED_STATES, 403);

        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(refused.body()).isEqualTo("{\"errors\":{\"body\":[\"This service is not available in your region (US).\"]}}");
        assertThat(get("/api/tags", GERMANY).statusCode()).isEqualTo(200);
        assertThat(get("/api/tags", GERMANY_V6).statusCode()).isEqualTo(200);
        // answers kept rendered in front of the API's resources are refused all the same
        assertThat(get("/api/articles?limit=10&offset=0", GERMANY).statusCode()).isEqualTo(200);
        assertThat(get("/api/articles?limit=10&offset=0", GERMANY).statusCode()).isEqualTo(200);
        assertThat(get("/api/articles?limit=10&offset=0", UNITED_STATES).statusCode()).isEqualTo(403);
        assertThat(get("/api/tags", UNITED_STATES).statusCode()).isEqualTo(403);
        assertThat(get("/api/tags", CANADA_V6).body()).contains("(CA)");
        // each part reads the policy on its own: the console and the operations endpoint apply it within seconds too
        HttpResponse<String> console = awaitStatus("/admin/", UNITED_STATES, 403);
        assertThat(console.body()).contains("Not available in your region").doesNotContain("<script");
        assertThat(awaitStatus("/orchestration/ops/sources", UNITED_STATES, 403).body()).contains("(US)");
        assertThat(get("/health/ready", UNITED_STATES).statusCode()).as("an exempt path").isEqualTo(200);
        assertThat(get("/api/tags", null).statusCode()).as("an unknown address, not blocked by this policy").isEqualTo(200);
    }

    @Test
    void aBlockedRequestNeverReachesTheApisHandlers() throws Exception {
        policy("{\"mode\":\"DENY\",\"countries\":[\"US\"],\"exemptPaths\":[\"/health\"]}");
        awaitStatus("/api/tags", UNITED_STATES, 403);
        String username = Conduit.unique("geo");
        String registration = "{\"user\":{\"username\":\"" + username + "\",\"email\":\"" + username
                + "@example.com\",\"password\":\"" + Conduit.PASSWORD + "\"}}";

        HttpResponse<String> blocked = Conduit.send(Conduit.builder("/users").header("X-Forwarded-For", UNITED_STATES)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(registration)).build());
        assertThat(blocked.statusCode()).isEqualTo(403);

        HttpResponse<String> admitted = Conduit.send(Conduit.builder("/users").header("X-Forwarded-For", GERMANY)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(registration)).build());
        assertThat(admitted.statusCode()).as("the name was still free: " + admitted.body()).isEqualTo(201);
    }

    @Test
    void aForwardedForHeaderFromAnUntrustedPeerCountsForNothing() throws Exception {
        policy("{\"mode\":\"ALLOW\",\"countries\":[\"US\"],\"blockUnknown\":true,\"exemptPaths\":[\"/health\",\"/orchestration/ops\"]}");
        awaitStatus("/api/tags", GERMANY, 403);
        assertThat(get("/api/tags", UNITED_STATES).statusCode()).as("from the trusted loopback proxy").isEqualTo(200);

        InetAddress own = hostAddress();
        HttpResponse<String> spoofed = Stack.HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://" + own.getHostAddress() + ":" + Stack.HTTP_PORT + "/api/tags"))
                .header("X-Forwarded-For", UNITED_STATES).timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(spoofed.statusCode()).as("the peer " + own + " is the client; its header is ignored").isEqualTo(403);
        assertThat(spoofed.body()).contains("not available where your address is located");
    }

    @Test
    void blockedRequestsAreCountedByCountryAndEveryChangeIsAuditedAndAnInvalidOneRefused() throws Exception {
        long before = blockedToday("NL");
        policy("{\"mode\":\"DENY\",\"countries\":[\"NL\"],\"exemptPaths\":[\"/health\"]}");
        awaitStatus("/api/tags", "193.0.6.139", 403);
        for (int i = 0; i < 3; i++) {
            assertThat(get("/api/articles", "193.0.6.139").statusCode()).isEqualTo(403);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (blockedToday("NL") < before + 4 && System.nanoTime() < deadline) {
            // the API part writes its counts when it reads the policy again, at a request after RT_GEOBLOCK_REFRESH (1 s here)
            Thread.sleep(300);
            get("/api/tags", GERMANY);
        }
        assertThat(blockedToday("NL")).isGreaterThanOrEqualTo(before + 4);

        HttpResponse<String> invalid = Operations.admin("PUT", "/geo-policy",
                "{\"mode\":\"ALLOW\",\"countries\":[\"Narnia\"],\"exemptNetworks\":[\"10.0.0.0/99\"]}");
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.body()).contains("'Narnia' is not an ISO 3166 two-letter country code", "'10.0.0.0/99'");
        assertThat(Operations.json(Operations.admin("GET", "/geo-policy", null), 200).getString("mode")).isEqualTo("DENY");

        try (Connection db = Conduit.jdbc(); Statement statement = db.createStatement();
             ResultSet entry = statement.executeQuery("SELECT actor, channel, before::text, after::text FROM audit_entry"
                     + " WHERE subject = 'geo-policy' ORDER BY id DESC LIMIT 1")) {
            assertThat(entry.next()).isTrue();
            assertThat(entry.getString("actor")).isEqualTo("admin");
            assertThat(entry.getString("channel")).isEqualTo("OPERATIONS");
            assertThat(entry.getString(4)).contains("\"DENY\"", "\"NL\"");
            assertThat(entry.getString(3)).doesNotContain("\"NL\"");
        }
    }

    @Test
    void anAdministratorSetsAnAllowListInTheConsoleWhichAViewerOnlyReadsAndTheDashboardCountsWhatItBlocks() throws Exception {
        Console.ensureUser(Console.VIEWER, "VIEWER");
        long version = Operations.json(Operations.admin("GET", "/geo-policy", null), 200).getJsonNumber("version").longValue();
        long changes = geoPolicyChanges();
        long blockedBefore = Operations.json(Operations.admin("GET", "/geo-policy", null), 200).getJsonObject("blockedToday")
                .values().stream().mapToLong(count -> ((JsonNumber) count).longValue()).sum();
        WebDriver browser = Browser.start();
        try {
            Console.signIn(browser, "admin");
            Console.open(browser, "geo-blocking");
            Console.choose(browser, "geo-mode", "Allow list: only these countries");
            pickCountry(browser, "Germany (DE)");
            Console.typeArea(browser, "geo-exempt-paths", "/health\n/orchestration/ops");
            Console.typeArea(browser, "geo-exempt-networks", "10.0.0.0/99");
            Console.click(browser, "geo-save");
            Browser.waitFor(browser, 15).withMessage("the network's reason beside its field")
                    .until(driver -> errorBeside(driver, "geo-exempt-networks").contains("'10.0.0.0/99'"));
            assertThat(Operations.json(Operations.admin("GET", "/geo-policy", null), 200).getJsonNumber("version").longValue())
                    .as("nothing saved").isEqualTo(version);

            Console.typeArea(browser, "geo-exempt-networks", "10.0.0.0/8");
            Console.type(browser, "geo-check-address", UNITED_STATES);
            Console.click(browser, "geo-check");
            assertThat(browser.findElement(By.id("geo-check-result")).getText())
                    .as("the edited policy, not the saved one").isEqualTo(UNITED_STATES + " is in United States (US): blocked.");
            Console.type(browser, "geo-check-address", "not-an-address");
            Console.click(browser, "geo-check");
            assertThat(errorBeside(browser, "geo-check-address")).contains("'not-an-address' is not an IPv4 or IPv6 address");

            Console.click(browser, "geo-block-unknown");
            Console.click(browser, "geo-save");
            Browser.waitFor(browser, 15).withMessage("a warning: the browser's loopback address has no country")
                    .until(driver -> Console.shown(driver, "geo-lock-out-save"));
            Console.click(browser, "geo-lock-out-cancel");
            Console.click(browser, "geo-block-unknown");
            assertThat(Operations.json(Operations.admin("GET", "/geo-policy", null), 200).getJsonNumber("version").longValue())
                    .as("nothing saved").isEqualTo(version);

            Console.click(browser, "geo-save");
            Browser.waitFor(browser, 15).until(driver -> Console.notifications(driver).contains("Geo-blocking policy saved"));
            assertThat(errorBeside(browser, "geo-exempt-networks")).isEmpty();
            HttpResponse<String> refused = awaitStatus("/api/tags", UNITED_STATES, 403);
            assertThat(refused.body()).contains("(US)");
            assertThat(get("/api/tags", GERMANY).statusCode()).isEqualTo(200);
            assertThat(geoPolicyChanges()).as("one audit entry per change").isEqualTo(changes + 1);
            try (Connection db = Conduit.jdbc(); Statement statement = db.createStatement();
                 ResultSet entry = statement.executeQuery("SELECT actor, channel, after::text FROM audit_entry"
                         + " WHERE subject = 'geo-policy' ORDER BY id DESC LIMIT 1")) {
                assertThat(entry.next()).isTrue();
                assertThat(entry.getString("actor")).isEqualTo("admin");
                assertThat(entry.getString("channel")).isEqualTo("CONSOLE");
                assertThat(entry.getString(3)).contains("\"ALLOW\"", "\"DE\"", "10.0.0.0/8", "/orchestration/ops");
            }

            browser.manage().deleteAllCookies();
            Console.signIn(browser, Console.VIEWER);
            Browser.waitFor(browser, 20).ignoring(StaleElementReferenceException.class)
                    .withMessage("the dashboard counts the blocked requests (each part writes its counts at its next policy read)")
                    .until(driver -> get("/api/tags", GERMANY).statusCode() == 200
                            && ConsoleDashboardIT.count(driver, "count-blocked-today") > blockedBefore
                            && driver.findElement(By.id("blocked-most")).getText().contains("US"));
            Console.click(browser, "nav-geo-blocking");
            Browser.waitFor(browser, 15).until(driver -> Console.gridText(driver, "geo-blocked-grid").contains("United States (US)"));
            assertThat(Console.shown(browser, "geo-save")).as("a viewer reads the policy").isFalse();
            assertThat(browser.findElement(By.id("geo-exempt-networks")).getAttribute("readonly")).isNotNull();
            assertThat(Operations.call("PUT", "/geo-policy", OPEN_DOORS, Console.VIEWER, Stack.ADMIN_PASSWORD).statusCode())
                    .as("the server refuses a viewer's change").isEqualTo(403);
        } finally {
            browser.quit();
        }
    }

    /** Types into the countries box and picks the item with exactly this text from its overlay. */
    private static void pickCountry(WebDriver browser, String label) {
        WebElement input = browser.findElement(By.cssSelector("#geo-countries input"));
        input.sendKeys(label.substring(0, label.indexOf(' ')));
        Browser.waitFor(browser, 15).ignoring(StaleElementReferenceException.class).until(driver -> {
            Object item = ((JavascriptExecutor) driver).executeScript("""
                    return Array.from(document.querySelectorAll('vaadin-multi-select-combo-box-item'))
                        .find(item => item.textContent.trim() === arguments[0]) || null;""", label);
            if (!(item instanceof WebElement element) || !element.isDisplayed()) {
                return false;
            }
            element.click();
            return true;
        });
        input.sendKeys(Keys.ESCAPE, Keys.TAB);
        Browser.waitFor(browser, 15).until(Browser::vaadinIdle);
    }

    /** The error message a Vaadin field shows beside itself, empty when it shows none. */
    private static String errorBeside(WebDriver browser, String fieldId) {
        WebElement field = browser.findElement(By.id(fieldId));
        return field.getAttribute("invalid") == null ? ""
                : field.findElement(By.cssSelector("[slot='error-message']")).getText();
    }

    private static long geoPolicyChanges() throws Exception {
        try (Connection db = Conduit.jdbc(); Statement statement = db.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM audit_entry WHERE subject = 'geo-policy'")) {
            count.next();
            return count.getLong(1);
        }
    }

    private static void policy(String json) {
        Operations.json(Operations.admin("PUT", "/geo-policy", json), 200);
    }

    private static long blockedToday(String country) {
        JsonObject blocked = Operations.json(Operations.admin("GET", "/geo-policy", null), 200).getJsonObject("blockedToday");
        return blocked.containsKey(country) ? blocked.getJsonNumber(country).longValue() : 0;
    }

    private static HttpResponse<String> get(String path, String forwardedFor) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Stack.url(path))).timeout(Duration.ofSeconds(20));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return Conduit.send(request.build());
    }

    /** Polls until the policy set through the operations endpoint applies in the API part. */
    private static HttpResponse<String> awaitStatus(String path, String forwardedFor, int status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        HttpResponse<String> response = get(path, forwardedFor);
        while (response.statusCode() != status && System.nanoTime() < deadline) {
            Thread.sleep(200);
            response = get(path, forwardedFor);
        }
        assertThat(response.statusCode()).as("%s from %s: %s", path, forwardedFor, response.body()).isEqualTo(status);
        return response;
    }

    private static InetAddress hostAddress() throws Exception {
        return NetworkInterface.networkInterfaces().filter(network -> {
                    try {
                        return network.isUp() && !network.isLoopback();
                    } catch (java.net.SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses).filter(Inet4Address.class::isInstance).findFirst()
                .orElseThrow(() -> new AssertionError("this machine has no IPv4 address besides loopback to connect from"));
    }
}
