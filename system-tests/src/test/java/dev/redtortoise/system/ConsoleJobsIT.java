package dev.redtortoise.system;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Job runs in the console: a failed import's execution with its steps' counts and its rejects, restarted
 * by an operator over the bus; a viewer sees the same run but cannot restart it.
 */
class ConsoleJobsIT {

    /** 5 items, 2 of them rejected: more than a 10 % share, so the run fails with its rejects recorded. */
    static final String FEED = Stack.ROOT.resolve("domain/src/test/resources/feeds/jsonfeed.json").toString();

    @RegisterExtension
    final ConsoleBrowser console = new ConsoleBrowser();

    @Test
    void anOperatorSeesAFailedRunsCountsAndRejectsAndRestartsItAViewerCannot() throws Exception {
        WebDriver browser = console.driver();
        Conduit.User owner = Conduit.register("jobowner");
        long source = Operations.addSource(Conduit.unique("Console jobs "), FEED, owner.username(), 10, "[]")
                .getJsonNumber("id").longValue();
        long failed = Operations.start("feed-import", "{\"source\":\"" + source + "\"}");
        JsonObject run = Operations.awaitEnd(failed, Duration.ofSeconds(120));
        assertThat(run.getString("status")).isEqualTo("FAILED");
        long instance = run.getJsonNumber("instance").longValue();

        Console.signIn(browser, Console.VIEWER);
        Console.click(browser, "nav-jobs");
        Console.clickCell(browser, "runs-grid", String.valueOf(failed));
        Browser.waitFor(browser, 15).until(ExpectedConditions.visibilityOfElementLocated(By.id("run-details")));
        Browser.waitFor(browser, 15).until(driver -> Console.gridText(driver, "rejects-grid").contains("yesterday"));
        assertThat(Console.shown(browser, "run-restart")).as("no restart for a viewer").isFalse();

        browser.findElement(By.id("sign-out")).click();
        Browser.waitFor(browser, 30).until(ExpectedConditions.urlContains("/admin/login"));
        Console.signIn(browser, Console.OPERATOR);
        Console.open(browser, "jobs");
        Console.clickCell(browser, "runs-grid", String.valueOf(failed));
        Browser.waitFor(browser, 15).until(driver -> Console.gridText(driver, "steps-grid").contains("FAILED"));
        assertThat(browser.findElement(By.id("run-summary")).getText()).contains("FAILED").contains("source=" + source);
        Console.click(browser, "run-restart");

        long restarted = awaitNewerExecutionOf(instance, failed, Duration.ofSeconds(60));
        // the restart goes on from the last checkpoint, so how it ends is the import's business, not the console's
        Operations.awaitEnd(restarted, Duration.ofSeconds(120));
        Console.click(browser, "runs-refresh");
        Browser.waitFor(browser, 15).until(driver -> Console.gridText(driver, "runs-grid").contains(String.valueOf(restarted)));
    }

    /** An execution of this job instance newer than the given one: the restart the console asked for. */
    static long awaitNewerExecutionOf(long instance, long than, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNumber id : Operations.json(Operations.admin("GET", "/jobs/feed-import/executions", null), 200)
                    .getJsonArray("executions").getValuesAs(JsonNumber.class)) {
                if (id.longValue() > than && Operations.json(Operations.admin("GET", "/executions/" + id.longValue(), null),
                        200).getJsonNumber("instance").longValue() == instance) {
                    return id.longValue();
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("job instance " + instance + " was not restarted within " + timeout);
    }
}
