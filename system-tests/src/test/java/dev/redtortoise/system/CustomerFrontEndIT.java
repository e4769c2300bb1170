package dev.redtortoise.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer SPA end to end in Debian's Chromium: the front end's own browser suite ({@code frontend/e2e},
 * Node's test runner driving playwright-core) against the stack that this build started, served as
 * {@code ./tortoise up} serves it. Its screenshots and figures stay under {@code frontend/target/e2e}. It runs
 * beside the line of classes, with only those marked {@link BesideTheBrowserSuite} (see {@link SuiteOrder}).
 */
@Execution(ExecutionMode.CONCURRENT)
class CustomerFrontEndIT {

    static final Path FRONTEND = Stack.ROOT.resolve("frontend");
    static final Path REPORTS = FRONTEND.resolve("target/e2e");
    static final Pattern COUNT = Pattern.compile("^# (tests|pass|fail|cancelled|skipped|todo) (\\d+)$", Pattern.MULTILINE);

    @Test
    void everyCustomerFlowPassesInARealBrowser() throws Exception {
        Files.createDirectories(REPORTS);
        Path output = REPORTS.resolve("e2e.log");
        ProcessBuilder builder = new ProcessBuilder(List.of("npm", "run", "--silent", "e2e"))
                .directory(FRONTEND.toFile())
                .redirectErrorStream(true)
                // to a file, not a pipe: a full pipe would stall the browser suite and the timeout would never apply
                .redirectOutput(output.toFile());
        Map<String, String> env = builder.environment();
        env.put("RT_E2E_URL", Stack.url("/"));
        env.put("NO_COLOR", "1");
        env.put("npm_config_update_notifier", "false");

        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly); // node and Chromium would outlive npm
            process.destroyForcibly();
            throw new AssertionError("the browser suite did not finish within 10 minutes:\n" + read(output));
        }
        String log = read(output);
        Map<String, Integer> counts = counts(log);
        assertThat(process.exitValue()).as("exit code of the browser suite; output:%n%s", log).isZero();
        assertThat(counts.get("fail")).as("failed browser tests; output:%n%s", log).isZero();
        assertThat(counts.get("pass")).as("passed browser tests; output:%n%s", log).isGreaterThanOrEqualTo(17);
    }

    @AfterAll
    static void letTheOtherClassesRun() {
        SuiteOrder.browserSuiteEnded();
    }

    /** The closing counts that Node's TAP reporter (its default when not on a terminal) prints: {@code # pass 17}. */
    private static Map<String, Integer> counts(String log) {
        Map<String, Integer> counts = new HashMap<>(Map.of("pass", 0, "fail", 0));
        Matcher line = COUNT.matcher(log);
        while (line.find()) {
            counts.put(line.group(1), Integer.parseInt(line.group(2)));
        }
        return counts;
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}
