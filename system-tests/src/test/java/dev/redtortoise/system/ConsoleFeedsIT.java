package dev.redtortoise.system;

import jakarta.json.JsonObject;
import jakarta.json.JsonNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feed sources in the console, as an operator: a source with a rule is created through the same boundary
 * and checks as the operations endpoint (their reasons shown beside the fields), and "run now" starts an
 * import over the bus.
 */
class ConsoleFeedsIT {

    static final String FEED = Stack.ROOT.resolve("domain/src/test/resources/feeds/rss2.xml").toString();

    @RegisterExtension
    final ConsoleBrowser console = new ConsoleBrowser();

    @Test
    void anOperatorCreatesASourceWithARuleSeesTheBoundarysReasonsAndRunsItNow() throws Exception {
        WebDriver browser = console.driver();
        Conduit.User owner = Conduit.register("feedowner");
        String name = Conduit.unique("Console feed ");
        Console.signIn(browser, Console.OPERATOR);
        Console.open(browser, "feeds");
        Console.click(browser, "new-source");
        Console.type(browser, "source-name", name);
        Console.type(browser, "source-location", FEED);
        Console.type(browser, "source-owner", "no-such-account-" + Conduit.suffix());
        Console.type(browser, "source-interval", "120");
        Console.click(browser, "source-enabled");
        Console.click(browser, "rule-add");

        Console.click(browser, "source-save");
        Browser.waitFor(browser, 15).withMessage("the owner's reason beside the owner field").until(driver ->
                driver.findElement(By.id("source-owner")).getAttribute("invalid") != null
                        && driver.findElement(By.cssSelector("#source-owner [slot='error-message']")).getText()
                        .startsWith("owner must be"));

        Console.type(browser, "source-owner", owner.username());
        Console.click(browser, "source-save");
        Browser.waitFor(browser, 15).withMessage("the rule's reason under the rules").until(driver ->
                driver.findElement(By.id("rule-problems")).getText().contains("DEFAULT_TAG needs a tag"));
        assertThat(Console.gridText(browser, "sources-grid")).as("nothing saved").doesNotContain(name);

        Console.type(browser, "rule-value-0", "console-feeds");
        Console.click(browser, "source-save");
        Browser.waitFor(browser, 30).until(driver -> Console.gridText(driver, "sources-grid").contains(name));
        JsonObject saved = Operations.json(Operations.admin("GET", "/sources", null), 200).getJsonArray("sources")
                .getValuesAs(JsonObject.class).stream().filter(source -> source.getString("name").equals(name))
                .findFirst().orElseThrow();
        assertThat(saved.getBoolean("enabled")).isFalse();
        assertThat(saved.getInt("intervalSeconds")).isEqualTo(120);
        assertThat(saved.getJsonArray("rules").getJsonObject(0).getString("value")).isEqualTo("console-feeds");

        Console.click(browser, "source-run");
        String source = String.valueOf(saved.getJsonNumber("id").longValue());
        long execution = awaitExecutionOf(source, Duration.ofSeconds(60));
        assertThat(Operations.awaitEnd(execution, Duration.ofSeconds(120)).getString("status")).isEqualTo("COMPLETED");
    }

    /** The feed-import execution started for this source, found through the operations endpoint. */
    static long awaitExecutionOf(String source, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNumber id : Operations.json(Operations.admin("GET", "/jobs/feed-import/executions", null), 200)
                    .getJsonArray("executions").getValuesAs(JsonNumber.class)) {
                JsonObject run = Operations.json(Operations.admin("GET", "/executions/" + id.longValue(), null), 200);
                if (source.equals(run.getJsonObject("parameters").getString("source", null))) {
                    return id.longValue();
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no feed-import execution of source " + source + " within " + timeout);
    }
}
