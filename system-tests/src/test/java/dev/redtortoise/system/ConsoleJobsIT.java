package dev.redtortoise.system;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Job runs in the console: a failed import's execution with its steps' counts and its rejects, restarted
 * by an operator over the bus; a viewer sees the same run but cannot restart it. A bulk file uploaded by an
 * operator is imported under the chosen feed source, with its progress against its total; a refused file
 * starts nothing.
 */
@BesideTheBrowserSuite
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

    @Test
    void anUploadedBulkFileIsImportedUnderTheChosenSourceWithItsTotalAndARefusedFileStartsNothing(@TempDir Path dir)
            throws Exception {
        WebDriver browser = console.driver();
        Conduit.User owner = Conduit.register("bulkowner");
        String source = Conduit.unique("Bulk upload ");
        Operations.addSource(source, FEED, owner.username(), 10, "[]");
        List<String> records = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            records.add("{\"id\":\"" + source + i + "\",\"title\":\"Uploaded " + source + i + "\",\"body\":\"<p>b</p>\"}");
        }
        Path good = Files.write(dir.resolve("articles.ndjson"), records);
        Path wrongContent = Files.writeString(dir.resolve("table.ndjson"), "id,title\n1,one\n");
        Path tooBig = Files.writeString(dir.resolve("big.ndjson"), (records.get(0) + "\n").repeat(20_000));
        Set<Long> before = bulkImports();

        Console.signIn(browser, Console.OPERATOR);
        Console.click(browser, "nav-jobs");
        Console.click(browser, "bulk-upload-open");
        Browser.waitFor(browser, 15).until(ExpectedConditions.visibilityOfElementLocated(By.id("bulk-file")));
        send(browser, wrongContent);
        Browser.waitFor(browser, 30).until(driver -> status(driver).contains("is not a NDJSON file the import can read"));
        assertThat(status(browser)).contains("line 1");
        send(browser, tooBig);
        Browser.waitFor(browser, 30).until(driver -> status(driver).contains("big.ndjson refused"));
        assertThat(status(browser)).contains("1 MiB");
        assertThat(browser.findElement(By.id("upload-start")).getDomProperty("disabled")).as("nothing to start")
                .isEqualTo("true");

        send(browser, good);
        Browser.waitFor(browser, 30).until(driver -> status(driver).contains("articles.ndjson received"));
        Console.click(browser, "upload-start");
        Browser.waitFor(browser, 15).until(driver -> String.valueOf(driver.findElement(By.id("upload-source"))
                .getDomProperty("errorMessage")).contains("choose the feed source"));
        Console.choose(browser, "upload-source", source);
        Console.click(browser, "upload-start");
        Browser.waitFor(browser, 15).until(driver -> Console.notifications(driver)
                .contains("Bulk import of articles.ndjson requested"));

        long execution = Browser.waitFor(browser, 60).until(driver -> bulkImports().stream()
                .filter(id -> !before.contains(id)).findFirst().orElse(null));
        JsonObject run = Operations.awaitEnd(execution, Duration.ofSeconds(120));
        assertThat(run.getString("status")).isEqualTo("COMPLETED");
        assertThat(run.getJsonNumber("total").longValue()).isEqualTo(3);
        assertThat(bulkImports()).as("the refused files started nothing").hasSize(before.size() + 1);
        assertThat(Conduit.json(Conduit.get("/articles?author=" + owner.username(), null)).getInt("articlesCount"))
                .isEqualTo(3);

        Console.click(browser, "runs-refresh");
        Console.clickCell(browser, "runs-grid", String.valueOf(execution));
        Browser.waitFor(browser, 15).until(driver -> driver.findElement(By.id("run-progress")).getText()
                .contains("3 of 3 (100 %)"));
        assertThat(Console.gridText(browser, "runs-grid")).contains("3 of 3 (100 %)");
    }

    /** Chooses a file in the upload, as a person does in the file dialog (the upload sends it at once). */
    static void send(WebDriver browser, Path file) {
        WebElement input = (WebElement) ((JavascriptExecutor) browser).executeScript("""
                const upload = document.getElementById('bulk-file');
                return (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'))
                    || upload.querySelector('input[type=file]');""");
        input.sendKeys(file.toString());
    }

    static String status(WebDriver browser) {
        return browser.findElement(By.id("upload-status")).getText();
    }

    static Set<Long> bulkImports() {
        Set<Long> ids = new HashSet<>();
        Operations.json(Operations.admin("GET", "/jobs/bulk-import/executions", null), 200)
                .getJsonArray("executions").getValuesAs(JsonNumber.class).forEach(id -> ids.add(id.longValue()));
        return ids;
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
