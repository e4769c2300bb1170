package dev.redtortoise.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A measurement, not part of the regular run (set {@code -Drt.measure.console-sessions=N}): the heap one
 * signed-in console session holds on the server. One browser signs in N times, dropping its cookies in
 * between, so the server keeps N sessions, each with its UI on the live dashboard; the live objects of the
 * Payara process ({@code jcmd GC.class_histogram}, which runs a full GC first, whatever the collector)
 * before and after, divided by N. Other work in the process (timers, the dashboard's refresh) makes it a
 * rough figure.
 */
@EnabledIfSystemProperty(named = "rt.measure.console-sessions", matches = "\\d+")
class ConsoleSessionMemoryIT {

    static final Pattern LIVE_BYTES = Pattern.compile("Total\\s+\\d+\\s+(\\d+)");

    @RegisterExtension
    final ConsoleBrowser console = new ConsoleBrowser();

    @Test
    void heapPerSignedInConsoleSession() throws Exception {
        int sessions = Integer.getInteger("rt.measure.console-sessions");
        WebDriver browser = console.driver();
        long pid = Stack.pid("payara");
        long before = liveKib(pid);
        for (int i = 0; i < sessions; i++) {
            browser.manage().deleteAllCookies();
            Console.signIn(browser, Console.VIEWER);
            Browser.waitFor(browser, 20).until(driver -> driver.findElement(By.id("refreshed")).getText().startsWith("Updated"));
        }
        long after = liveKib(pid);
        System.out.printf("console sessions: %d; live heap %d KiB before, %d KiB after: %d KiB per session%n",
                sessions, before, after, (after - before) / sessions);
        assertThat(after).isPositive();
    }

    static long liveKib(long pid) throws IOException, InterruptedException {
        String histogram = jcmd(pid, "GC.class_histogram");
        Matcher total = LIVE_BYTES.matcher(histogram);
        if (!total.find()) {
            throw new AssertionError("no total in jcmd " + pid + " GC.class_histogram: "
                    + histogram.substring(0, Math.min(300, histogram.length())));
        }
        return Long.parseLong(total.group(1)) / 1024;
    }

    static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("jcmd", String.valueOf(pid), command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return output;
    }
}
