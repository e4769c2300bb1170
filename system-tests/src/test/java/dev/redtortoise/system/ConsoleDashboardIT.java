package dev.redtortoise.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;

import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live dashboard: a viewer sees every dependency's health, the bus's queues and the counts, and sees
 * them change (an account registered, an API error answered) while the page stays open, pushed by the
 * server without a reload; a viewer has no "run heartbeat now".
 */
class ConsoleDashboardIT {

    static final Pattern CLIENT_ERRORS = Pattern.compile("(\\d+) 4xx");

    @RegisterExtension
    final ConsoleBrowser console = new ConsoleBrowser();

    private final Set<String> refreshes = new LinkedHashSet<>();

    @Test
    void aViewerSeesHealthQueuesAndCountsChangeWithoutAReload() {
        WebDriver browser = console.driver();
        JavascriptExecutor script = (JavascriptExecutor) browser;
        Console.signIn(browser, Console.VIEWER);
        script.executeScript("window.rtNotReloaded = true;");

        var wait = Browser.waitFor(browser, 20).ignoring(StaleElementReferenceException.class);
        for (String check : List.of("postgres", "mongodb", "artemis", "orchestration")) {
            wait.until(driver -> "UP".equals(driver.findElement(By.id("health-" + check)).getAttribute("data-status")));
        }
        wait.until(driver -> Console.gridText(driver, "queues-grid").contains("rt.job.requests"));
        assertThat(Console.shown(browser, "run-heartbeat")).as("a viewer looks, an operator acts").isFalse();
        long accounts = wait.until(driver -> count(driver, "count-accounts") >= 0 ? count(driver, "count-accounts") : null);
        long clientErrors = clientErrorsOfTheDay(browser);

        Conduit.register("dashboard");
        HttpResponse<String> missing = Conduit.get("/articles/" + Conduit.unique("no-such-article-"), null);
        assertThat(missing.statusCode()).isEqualTo(404);

        Browser.waitFor(browser, 15).ignoring(StaleElementReferenceException.class)
                .until(driver -> sampled(driver) && count(driver, "count-accounts") > accounts);
        Browser.waitFor(browser, 15).ignoring(StaleElementReferenceException.class)
                .until(driver -> sampled(driver) && clientErrorsOfTheDay(driver) > clientErrors);
        assertThat(script.executeScript("return window.rtNotReloaded === true;"))
                .as("the page was updated in place, not reloaded").isEqualTo(true);
        System.out.println("dashboard refreshes seen: " + refreshes);
    }

    private boolean sampled(WebDriver browser) {
        refreshes.add(browser.findElement(By.id("refreshed")).getText());
        return true;
    }

    static long count(WebDriver browser, String id) {
        String value = browser.findElement(By.id(id)).getAttribute("data-value");
        return value == null || value.isEmpty() ? -1 : Long.parseLong(value);
    }

    /** The 4xx responses of the last 24 hours, as the API errors chart's bars say in their tooltips. */
    static long clientErrorsOfTheDay(WebDriver browser) {
        @SuppressWarnings("unchecked")
        List<String> tooltips = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('#chart-api-errors g title')).map(t => t.textContent);");
        long sum = 0;
        for (String tooltip : tooltips) {
            Matcher count = CLIENT_ERRORS.matcher(tooltip);
            if (count.find()) {
                sum += Long.parseLong(count.group(1));
            }
        }
        return sum;
    }
}
