package dev.redtortoise.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Customer accounts in the console: the grid over 100,000+ accounts asks the boundary for pages only (the
 * pages it fetched are read back from the log, with their size and time), and an operator bans a customer
 * with a reason (the customer's token is refused at once), unbans (it works again) and resets the password,
 * each recorded in the audit log with the status before and after.
 */
@BesideTheBrowserSuite
class ConsoleAccountsIT {

    static final String SEED = "seed100k-";
    static final int SEEDED = 100_000;
    static final Path LOG = Stack.DATA.resolve("logs/payara.log");
    static final Pattern PAGE = Pattern.compile("accounts page: search '(.*?)' offset (\\d+) limit (\\d+) rows (\\d+) in (\\d+) ms");

    @RegisterExtension
    final ConsoleBrowser console = new ConsoleBrowser();

    record Page(String search, int offset, int limit, int rows, int millis) {
    }

    @Test
    void theGridOverAHundredThousandAccountsFetchesOnlyThePagesItShows() throws Exception {
        long total = seedAccounts();
        assertThat(total).isGreaterThanOrEqualTo(SEEDED);
        WebDriver browser = console.driver();
        long logStart = Files.size(LOG);
        Console.signInAt(browser, Stack.url(""), "accounts", Console.OPERATOR, Stack.ADMIN_PASSWORD);
        Browser.waitFor(browser, 30).until(driver -> Console.gridText(driver, "accounts-grid").contains("@"));
        Browser.waitFor(browser, 15).until(driver -> driver.findElement(By.id("accounts-count")).getText().matches("\\d+ accounts?"));
        long listed = Long.parseLong(browser.findElement(By.id("accounts-count")).getText().split(" ")[0]);
        assertThat(listed).isGreaterThanOrEqualTo(SEEDED);

        // to the end region, as a user dragging the scroll bar to the bottom
        ((JavascriptExecutor) browser).executeScript(
                "const grid = document.getElementById('accounts-grid'); grid.scrollToIndex(grid.size - 1);");
        List<Page> pages = Browser.waitFor(browser, 20).until(driver -> {
            List<Page> fetched = pagesLoggedSince(logStart);
            return fetched.stream().anyMatch(page -> page.offset() + page.rows() >= listed - 100) ? fetched : null;
        });
        Browser.waitFor(browser, 15).until(Browser::vaadinIdle);

        int fetchedRows = pages.stream().mapToInt(Page::rows).sum();
        int largestPage = pages.stream().mapToInt(Page::limit).max().orElseThrow();
        System.out.printf("accounts grid over %d accounts: %d page queries, largest page asked %d rows, %d rows fetched in all,"
                        + " slowest page %d ms, pages %s%n", listed, pages.size(), largestPage, fetchedRows,
                pages.stream().mapToInt(Page::millis).max().orElseThrow(), pages);
        assertThat(largestPage).as("rows asked in one query").isLessThanOrEqualTo(200);
        assertThat(fetchedRows).as("rows fetched to show the first and last screens").isLessThan(2_000);
    }

    @Test
    void anOperatorBansACustomerWithAReasonWhoseTokenIsRefusedAtOnceThenUnbansAndResetsThePassword() throws Exception {
        Conduit.User customer = Conduit.register("console-ban-");
        assertThat(Conduit.get("/user", customer.token()).statusCode()).isEqualTo(200);
        WebDriver browser = console.driver();
        Console.signInAt(browser, Stack.url(""), "accounts", Console.OPERATOR, Stack.ADMIN_PASSWORD);
        Console.type(browser, "accounts-search", customer.username().toUpperCase());
        Browser.waitFor(browser, 15).until(driver -> driver.findElement(By.id("accounts-count")).getText().equals("1 account"));
        Console.clickCell(browser, "accounts-grid", customer.username());

        Console.click(browser, "ban-account");
        Console.click(browser, "confirm-action");
        Browser.waitFor(browser, 15).until(driver -> "true".equals(
                driver.findElement(By.id("action-reason")).getAttribute("invalid")));
        assertThat(browser.findElement(By.id("action-reason")).getText()).contains("reason can't be blank");
        assertThat(Conduit.get("/user", customer.token()).statusCode()).as("no ban without a reason").isEqualTo(200);

        Console.typeArea(browser, "action-reason", "spam in every comment");
        Console.click(browser, "confirm-action");
        Browser.waitFor(browser, 15).until(driver -> Console.gridText(driver, "accounts-grid").contains("banned: spam in every comment"));
        assertThat(Conduit.get("/user", customer.token()).statusCode()).as("the banned customer's token").isEqualTo(401);

        Console.click(browser, "unban-account");
        Console.typeArea(browser, "action-reason", "appeal accepted");
        Console.click(browser, "confirm-action");
        Browser.waitFor(browser, 15).until(driver -> Console.gridText(driver, "accounts-grid").contains("active"));
        assertThat(Conduit.get("/user", customer.token()).statusCode()).as("the unbanned customer's token").isEqualTo(200);

        Console.click(browser, "reset-account-password");
        Console.click(browser, "confirm-reset");
        String temporary = Browser.waitFor(browser, 15).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("temporary-password"))).getText().trim();
        assertThat(Conduit.login(customer.email(), temporary).statusCode()).as("sign-in with the temporary password").isEqualTo(200);
        assertThat(Conduit.login(customer.email(), customer.password()).statusCode()).as("the old password").isEqualTo(401);

        List<String> audited = audited("account:" + customer.id());
        System.out.println("audit entries of account " + customer.id() + ": " + audited);
        assertThat(audited).hasSize(3);
        assertThat(audited.get(0)).startsWith("account.ban|console-operator|CONSOLE|spam in every comment|")
                .contains("\"status\": \"ACTIVE\"").contains("\"status\": \"BANNED\"");
        assertThat(audited.get(1)).startsWith("account.unban|console-operator|CONSOLE|appeal accepted|")
                .contains("\"banReason\": \"spam in every comment\"");
        assertThat(audited.get(2)).startsWith("account.password-reset|").doesNotContain(temporary).doesNotContain("pbkdf2");
    }

    /**
     * 100,000 accounts in one statement, written only while fewer exist (reruns cost a count), already in sync
     * with MongoDB (synced version = version), or the profile repair would write 100,000 profiles.
     */
    static long seedAccounts() throws SQLException {
        try (Connection db = Conduit.jdbc(); Statement statement = db.createStatement()) {
            long started = System.nanoTime();
            int inserted = statement.executeUpdate("""
                    WITH seeded AS (
                        INSERT INTO account (email, username, password_hash, profile_version, profile_synced_version,
                                             created_at, updated_at)
                        SELECT '%1$s' || g || '@seed.example', '%1$s' || g, 'seeded: no password signs in', 1, 1,
                               now() - g * interval '1 second', now()
                        FROM generate_series(1, %2$d) g
                        WHERE (SELECT count(*) FROM account WHERE lower(username) LIKE '%1$s%%') < %2$d
                        ON CONFLICT DO NOTHING
                        RETURNING id)
                    INSERT INTO account_role (account_id, role) SELECT id, 'MEMBER' FROM seeded""".formatted(SEED, SEEDED));
            System.out.printf("seeded %d accounts in %d ms%n", inserted, (System.nanoTime() - started) / 1_000_000);
            try (ResultSet count = statement.executeQuery("SELECT count(*) FROM account")) {
                count.next();
                return count.getLong(1);
            }
        }
    }

    /** The accounts pages the console asked for, from the server log written since this position. */
    static List<Page> pagesLoggedSince(long position) {
        List<Page> pages = new ArrayList<>();
        try (RandomAccessFile file = new RandomAccessFile(LOG.toFile(), "r")) {
            file.seek(position);
            byte[] added = new byte[(int) (file.length() - position)];
            file.readFully(added);
            Matcher page = PAGE.matcher(new String(added, StandardCharsets.UTF_8));
            while (page.find()) {
                pages.add(new Page(page.group(1), Integer.parseInt(page.group(2)), Integer.parseInt(page.group(3)),
                        Integer.parseInt(page.group(4)), Integer.parseInt(page.group(5))));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return pages;
    }

    /** The audit entries of a subject, oldest first: action|actor|channel|reason|before|after. */
    static List<String> audited(String subject) throws SQLException {
        try (Connection db = Conduit.jdbc();
             PreparedStatement query = db.prepareStatement("""
                     SELECT action, actor, channel, reason, before::text, after::text FROM audit_entry
                     WHERE subject = ? ORDER BY id""")) {
            query.setString(1, subject);
            List<String> entries = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    entries.add(String.join("|", row.getString(1), row.getString(2), row.getString(3),
                            String.valueOf(row.getString(4)), String.valueOf(row.getString(5)), String.valueOf(row.getString(6))));
                }
            }
            return entries;
        }
    }
}
