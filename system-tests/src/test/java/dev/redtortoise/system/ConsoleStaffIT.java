package dev.redtortoise.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff users in the console: an administrator creates a user (the password rule shown beside the field),
 * changes its role, and cannot demote the last active administrator; a password reset ends the user's
 * session elsewhere at its next click, and the user's own password change keeps the session it was made in.
 */
@BesideTheBrowserSuite
class ConsoleStaffIT {

    /** A second host name for the same stack: the browser keeps its cookies apart, so it is a second session. */
    static final String OTHER_HOST = "http://127.0.0.1:" + Stack.HTTP_PORT;

    @RegisterExtension
    final ConsoleBrowser console = new ConsoleBrowser();

    @Test
    void anAdministratorCreatesAUserChangesItsRoleAndCannotDemoteTheLastAdministrator() throws Exception {
        assertThat(activeAdmins()).as("precondition: 'admin' is the only active administrator").containsExactly("admin");
        String username = Conduit.unique("staff-");
        WebDriver browser = console.driver();
        Console.signInAt(browser, Stack.url(""), "staff", "admin", Stack.ADMIN_PASSWORD);

        Console.type(browser, "staff-username", username);
        Console.choose(browser, "staff-role", "OPERATOR");
        Console.type(browser, "staff-password", "too short");
        Console.click(browser, "staff-save");
        Browser.waitFor(browser, 15).until(driver -> "true".equals(driver.findElement(By.id("staff-password")).getAttribute("invalid")));
        assertThat(browser.findElement(By.id("staff-password")).getText()).contains("too short (minimum is 12 characters)");
        assertThat(roleOf(username)).as("nothing saved").isEmpty();

        Console.type(browser, "staff-password", "a long enough passphrase");
        Console.click(browser, "staff-save");
        Browser.waitFor(browser, 15).until(driver -> Console.gridText(driver, "staff-grid").contains(username));
        assertThat(roleOf(username)).containsExactly("OPERATOR");

        Console.clickCell(browser, "staff-grid", username);
        Console.choose(browser, "staff-change-role", "VIEWER");
        Console.click(browser, "staff-apply-role");
        Browser.waitFor(browser, 15).until(driver -> Console.notifications(driver).contains(username + " now VIEWER"));
        assertThat(roleOf(username)).containsExactly("VIEWER");

        try {
            Console.clickCell(browser, "staff-grid", "admin");
            Console.choose(browser, "staff-change-role", "OPERATOR");
            Console.click(browser, "staff-apply-role");
            Browser.waitFor(browser, 15).until(driver -> Console.notifications(driver).contains("last active administrator"));
            assertThat(browser.findElement(By.id("staff-change-role")).getText()).contains("last active administrator");
            assertThat(roleOf("admin")).containsExactly("ADMIN");
        } finally {
            restoreAdmin();
        }
        assertThat(ConsoleAccountsIT.audited("console-user:" + username)).hasSize(2)
                .satisfies(entries -> assertThat(entries.get(1)).startsWith("staff.role|admin|CONSOLE|")
                        .contains("[\"OPERATOR\"]").contains("[\"VIEWER\"]"));
    }

    @Test
    void aPasswordResetSignsTheUserOutOfTheirOtherSessionAtItsNextClick() throws Exception {
        String username = Conduit.unique("staff-reset-");
        Console.ensureUser(username, "OPERATOR");
        WebDriver browser = console.driver();
        Console.signInAt(browser, OTHER_HOST, "password", username, Stack.ADMIN_PASSWORD);
        Browser.waitFor(browser, 30).until(ExpectedConditions.presenceOfElementLocated(By.id("change-password")));
        String usersTab = browser.getWindowHandle();

        browser.switchTo().newWindow(WindowType.TAB);
        Console.signInAt(browser, Stack.url(""), "staff", "admin", Stack.ADMIN_PASSWORD);
        Console.clickCell(browser, "staff-grid", username);
        Console.click(browser, "staff-reset-password");
        String temporary = Browser.waitFor(browser, 15).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("temporary-password"))).getText().trim();

        browser.switchTo().window(usersTab);
        browser.findElement(By.id("change-password")).click();
        Browser.waitFor(browser, 15).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-login-form input[name='username']")));
        assertThat(browser.getCurrentUrl()).as("the old session's next click").contains("/admin/login");

        // signed in again with the temporary password, the user picks their own, and this session carries on
        String chosen = "my own long passphrase";
        Console.signInAt(browser, OTHER_HOST, "password", username, temporary);
        Console.type(browser, "current-password", temporary);
        Console.type(browser, "new-password", chosen);
        Console.type(browser, "repeat-password", chosen);
        Console.click(browser, "change-password");
        Browser.waitFor(browser, 15).until(driver -> Console.notifications(driver).contains("Password changed"));
        Console.click(browser, "change-password");
        Browser.waitFor(browser, 15).until(driver -> "true".equals(driver.findElement(By.id("current-password")).getAttribute("invalid")));
        assertThat(browser.getCurrentUrl()).as("this session's next click").contains("/admin/password");
        assertThat(ConsoleAccountsIT.audited("console-user:" + username)).hasSize(2)
                .satisfies(entries -> assertThat(String.join("\n", entries)).contains("staff.password-reset|admin|")
                        .contains("staff.password-change|" + username + "|").doesNotContain(temporary).doesNotContain(chosen));
    }

    private static List<String> activeAdmins() throws SQLException {
        return strings("""
                SELECT u.username FROM console_user u JOIN console_user_role r ON r.console_user_id = u.id
                WHERE r.role = 'ADMIN' AND u.enabled ORDER BY u.username""", null);
    }

    private static List<String> roleOf(String username) throws SQLException {
        return strings("""
                SELECT r.role FROM console_user u JOIN console_user_role r ON r.console_user_id = u.id
                WHERE u.username = ? ORDER BY r.role""", username);
    }

    private static List<String> strings(String sql, String parameter) throws SQLException {
        try (Connection db = Conduit.jdbc(); PreparedStatement query = db.prepareStatement(sql)) {
            if (parameter != null) {
                query.setString(1, parameter);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    values.add(row.getString(1));
                }
            }
            return values;
        }
    }

    /** Should the rule ever fail, the administrator every other test signs in as gets its role back. */
    private static void restoreAdmin() throws SQLException {
        try (Connection db = Conduit.jdbc(); Statement statement = db.createStatement()) {
            statement.executeUpdate("""
                    INSERT INTO console_user_role (console_user_id, role)
                    SELECT id, 'ADMIN' FROM console_user WHERE username = 'admin' ON CONFLICT DO NOTHING""");
        }
    }
}
