package dev.redtortoise.system;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

/**
 * A fresh browser for each console test, with the operator and viewer users in place:
 * {@code @RegisterExtension final ConsoleBrowser console = new ConsoleBrowser();}.
 */
final class ConsoleBrowser implements BeforeEachCallback, AfterEachCallback {

    private WebDriver driver;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Console.ensureUser(Console.OPERATOR, "OPERATOR");
        Console.ensureUser(Console.VIEWER, "VIEWER");
        driver = Browser.start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
    }

    WebDriver driver() {
        return driver;
    }
}
