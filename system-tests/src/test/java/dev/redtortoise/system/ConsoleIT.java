package dev.redtortoise.system;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The management console in a real browser: sign-in, the dashboard, and a request over the bus. */
class ConsoleIT {

    static final Pattern BEATS = Pattern.compile("\\((\\d+) beats in all\\)");

    WebDriver browser;

    @BeforeEach
    void open() throws Exception {
        browser = Browser.start();
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void aVisitorIsSentToTheLoginPageAndAWrongPasswordIsRefused() {
        browser.get(Stack.url("/admin/"));
        Browser.waitFor(browser, 30).until(ExpectedConditions.urlContains("/admin/login"));
        signIn("admin", "not the password");
        Browser.waitFor(browser, 15).until(driver ->
                driver.findElement(By.cssSelector("vaadin-login-form")).getAttribute("error") != null);
        assertThat(browser.getCurrentUrl()).contains("/admin/login");
    }

    @Test
    void theAdministratorSeesEveryDependencyUpAndRunsTheHeartbeatOverTheBus() {
        browser.get(Stack.url("/admin/login"));
        signIn("admin", Stack.ADMIN_PASSWORD);
        long submitted = System.nanoTime();
        var wait = Browser.waitFor(browser, 30);
        wait.pollingEvery(Duration.ofMillis(50)).until(ExpectedConditions.presenceOfElementLocated(By.id("heartbeat")));
        wait.until(Browser::vaadinIdle);
        // a figure for the notes, not a limit: from the click on "Log in" to the dashboard drawn and the
        // client idle, ready for the next click (polled every 50 ms)
        System.out.printf("console: first view after sign-in interactive %d ms after the submit%n",
                (System.nanoTime() - submitted) / 1_000_000);
        // A test before this one may have just restarted a dependency: the dashboard shows it UP again within
        // a few refreshes.
        for (String check : new String[] {"postgres", "mongodb", "artemis"}) {
            Browser.waitFor(browser, 30).ignoring(StaleElementReferenceException.class).withMessage(check + " UP")
                    .until(driver -> "UP".equals(driver.findElement(By.id("health-" + check)).getAttribute("data-status")));
        }

        long before = beats(browser.findElement(By.id("heartbeat")).getText());
        browser.findElement(By.id("run-heartbeat")).click();
        // The dashboard refreshes every 3 s; the orchestration part's MDB records the request. The timer
        // beats once a minute and may come last: then the count shows the request, since one timer beat
        // alone cannot add two within the wait.
        Browser.waitFor(browser, 30).until(driver -> {
            String heartbeat = driver.findElement(By.id("heartbeat")).getText();
            return heartbeat.contains("by request") && beats(heartbeat) > before || beats(heartbeat) >= before + 2;
        });

        String apiDocs = browser.findElement(By.id("api-docs")).getAttribute("href");
        assertThat(apiDocs).as("the console links the API's documentation").endsWith("/api/docs/");
        assertThat(Stack.get(URI.create(apiDocs).getPath()).statusCode()).isEqualTo(200);

        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.urlContains("/admin/login"));
    }

    static long beats(String heartbeat) {
        Matcher count = BEATS.matcher(heartbeat);
        return count.find() ? Long.parseLong(count.group(1)) : 0;
    }

    private void signIn(String username, String password) {
        Console.submitLogin(browser, username, password);
    }
}
