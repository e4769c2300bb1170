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
 * between, so the server keeps N sessions, each with its UI on the live dashboard; the Payara process's
 * heap after a full GC ({@code jcmd GC.run}, then {@code GC.heap_info}) before and after, divided by N.
 * Other work in the process (timers, the dashboard's refresh) makes it a rough figure.
 */
@EnabledIfSystemProperty(named = "rt.measure.console-sessions", matches = "\\d+")
class ConsoleSessionMemoryIT {

    static final Pattern HEAP_USED = Pattern.compile("total \\d+K, used (\\d+)K");

    @RegisterExtension
    final ConsoleBrowser console = new ConsoleBrowser();

    @Test
    void heapPerSignedInConsoleSession() throws Exception {
        int sessions = Integer.getInteger("rt.measure.console-sessions");
        WebDriver browser = console.driver();
        long pid = Stack.pid("payara");
        long before = heapUsedAfterGc(pid);
        for (int i = 0; i < sessions; i++) {
            browser.manage().deleteAllCookies();
            Console.signIn(browser, Console.VIEWER);
            Browser.waitFor(browser, 20).until(driver -> driver.findElement(By.id("refreshed")).getText().startsWith("Updated"));
        }
        long after = heapUsedAfterGc(pid);
        System.out.printf("console sessions: %d; heap used after GC %d KiB before, %d KiB after: %d KiB per session%n",
                sessions, before, after, (after - before) / sessions);
        assertThat(after).isPositive();
    }

    static long heapUsedAfterGc(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        jcmd(pid, "GC.run");
        Matcher used = HEAP_USED.matcher(jcmd(pid, "GC.heap_info"));
        if (!used.find()) {
            throw new AssertionError("no heap figure from jcmd " + pid + " GC.heap_info");
        }
        return Long.parseLong(used.group(1));
    }

    static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("jcmd", String.valueOf(pid), command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return output;
    }
}
