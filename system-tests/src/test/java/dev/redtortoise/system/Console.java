package dev.redtortoise.system;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The console as its browser tests drive it: staff users of each role, sign-in, Vaadin fields and grids.
 * Users other than the administrator are written into the database directly, with the administrator's
 * password hash, so they sign in with the same password.
 */
final class Console {

    static final String OPERATOR = "console-operator";
    static final String VIEWER = "console-viewer";

    private Console() {
    }

    /** A console user with this one role, created once. */
    static void ensureUser(String username, String role) throws SQLException {
        try (Connection db = Conduit.jdbc();
             PreparedStatement user = db.prepareStatement("""
                     INSERT INTO console_user (username, password_hash)
                     SELECT ?, password_hash FROM console_user WHERE username = 'admin'
                     ON CONFLICT (username) DO NOTHING""");
             PreparedStatement roles = db.prepareStatement("""
                     INSERT INTO console_user_role (console_user_id, role)
                     SELECT id, ? FROM console_user WHERE username = ? ON CONFLICT DO NOTHING""")) {
            user.setString(1, username);
            user.executeUpdate();
            roles.setString(1, role);
            roles.setString(2, username);
            roles.executeUpdate();
        }
    }

    /** Signs in on the login view and waits for the dashboard. */
    static void signIn(WebDriver browser, String username) {
        signIn(browser, Stack.url(""), username, Stack.ADMIN_PASSWORD);
        Browser.waitFor(browser, 30).until(ExpectedConditions.presenceOfElementLocated(By.id("heartbeat")));
    }

    /** Opens a console path (after /admin/) and waits until Vaadin is idle. */
    static void open(WebDriver browser, String path) {
        browser.get(Stack.url("/admin/" + path));
        Browser.waitFor(browser, 30).until(Browser::vaadinIdle);
    }

    /** Replaces a Vaadin field's text; the value reaches the server when the field loses focus. */
    static void type(WebDriver browser, String fieldId, String text) {
        WebElement input = Browser.waitFor(browser, 15).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#" + fieldId + " input")));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.TAB);
    }

    /**
     * Clicks the element with this id, scrolled to the middle of its scrolling container first (at an edge,
     * the click can land on whatever covers it); a click that lands elsewhere names what took it.
     */
    static void click(WebDriver browser, String id) {
        WebElement element = Browser.waitFor(browser, 15).until(ExpectedConditions.elementToBeClickable(By.id(id)));
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'});", element);
        try {
            element.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException e) {
            Object covering = script.executeScript("const r = arguments[0].getBoundingClientRect();"
                    + "const at = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);"
                    + "return at ? at.outerHTML.substring(0, 300) : 'nothing';", element);
            throw new AssertionError("the click on #" + id + " landed on " + covering, e);
        }
        Browser.waitFor(browser, 15).until(Browser::vaadinIdle);
    }

    /** The text of every rendered cell of a grid, separated by '|'. */
    static String gridText(WebDriver browser, String gridId) {
        return String.valueOf(((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('#' + arguments[0] + ' vaadin-grid-cell-content'))"
                        + ".map(cell => cell.textContent).join('|');", gridId));
    }

    /** Whether an element with this id is shown (present and not hidden by Vaadin). */
    static boolean shown(WebDriver browser, String id) {
        return !browser.findElements(By.id(id)).isEmpty() && browser.findElement(By.id(id)).isDisplayed();
    }

    /** Clicks the grid cell with exactly this text (selecting its row). */
    static void clickCell(WebDriver browser, String gridId, String text) {
        Browser.waitFor(browser, 30).until(driver -> gridText(driver, gridId).contains(text));
        browser.findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content")).stream()
                .filter(cell -> cell.getText().trim().equals(text)).findFirst().orElseThrow().click();
        Browser.waitFor(browser, 15).until(Browser::vaadinIdle);
    }

    /** Signs in at this base URL (another host name is another cookie jar: a second session in one browser). */
    static void signIn(WebDriver browser, String baseUrl, String username, String password) {
        signInAt(browser, baseUrl, "login", username, password);
    }

    /**
     * Opens a console path, signs in on the login view it leads to, and waits for the layout of the path
     * (the console returns to where the sign-in began), skipping the dashboard.
     */
    static void signInAt(WebDriver browser, String baseUrl, String path, String username, String password) {
        browser.get(baseUrl + "/admin/" + path);
        submitLogin(browser, username, password);
        var wait = Browser.waitFor(browser, 30);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
        wait.until(Browser::vaadinIdle);
    }

    /** Fills the login view's form once it is ready and submits it. */
    static void submitLogin(WebDriver browser, String username, String password) {
        var wait = Browser.waitFor(browser, 30);
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='username']")));
        wait.until(Browser::vaadinIdle);
        user.sendKeys(username);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
    }

    /** Replaces a Vaadin text area's text; the value reaches the server when it loses focus. */
    static void typeArea(WebDriver browser, String areaId, String text) {
        WebElement area = Browser.waitFor(browser, 15).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#" + areaId + " textarea")));
        area.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        area.sendKeys(text, Keys.TAB);
    }

    /**
     * Picks the item with this text in a Vaadin select: among the items of this select (or of the one overlay
     * open), as another select on the page has items with the same texts; retried while the overlay opens.
     */
    static void choose(WebDriver browser, String selectId, String text) {
        click(browser, selectId);
        Browser.waitFor(browser, 15).until(driver -> {
            Object item = ((JavascriptExecutor) driver).executeScript("""
                    const select = document.getElementById(arguments[0]);
                    return Array.from(document.querySelectorAll('vaadin-select-item')).find(item =>
                        item.textContent.trim() === arguments[1] && (select.contains(item)
                            || !!item.closest('vaadin-select-overlay[opened]'))) || null;""", selectId, text);
            if (!(item instanceof WebElement element) || !element.isDisplayed()) {
                return false;
            }
            try {
                element.click();
                return true;
            } catch (org.openqa.selenium.ElementClickInterceptedException stillOpening) {
                return false;
            }
        });
        Browser.waitFor(browser, 15).until(Browser::vaadinIdle);
    }

    /** The text of the notifications shown now. */
    static String notifications(WebDriver browser) {
        return String.valueOf(((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('vaadin-notification-card'))"
                        + ".map(card => card.textContent).join('|');"));
    }
}
