package dev.redtortoise.system;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

/**
 * Debian's Chromium driven by Debian's chromedriver (never a downloaded browser), headless, with a fresh
 * profile and no background traffic to the outside world.
 */
final class Browser {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private Browser() {
    }

    static WebDriver start() throws IOException {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            throw new IllegalStateException("browser tests need Debian's chromium and chromium-driver "
                    + "(apt-get install chromium chromium-driver); .ci/run installs them");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("rt-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        return new ChromeDriver(service, options);
    }

    static WebDriverWait waitFor(WebDriver driver, int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    /** True once Vaadin's client has no request in flight. */
    static boolean vaadinIdle(WebDriver driver) {
        Object idle = ((JavascriptExecutor) driver).executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients && "
                        + "Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());");
        return Boolean.TRUE.equals(idle);
    }
}
