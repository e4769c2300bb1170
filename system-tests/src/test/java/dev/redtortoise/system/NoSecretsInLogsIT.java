package dev.redtortoise.system;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs after every other class and reads every log line the stacks of the run wrote: the suite's and the
 * embedded one's (whose secrets {@code ./tortoise} generated itself). None may hold a password or key: the
 * console's administrator password, the JWT key, the broker's password.
 */
@Order(Integer.MAX_VALUE)
class NoSecretsInLogsIT {

    @Test
    void noLogLineOfTheWholeRunHoldsAPasswordOrAKey() throws IOException {
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("the administrator password", System.getProperty("it.admin.password"));
        secrets.put("the JWT key", System.getProperty("it.jwt.secret"));
        secrets.put("the broker password", System.getenv("RT_ARTEMIS_PASSWORD"));
        Path embedded = Stack.DATA.resolveSibling("embedded-stack");
        for (String generated : List.of("admin-password", "jwt-secret", "artemis-password")) {
            Path file = embedded.resolve(generated);
            if (Files.isRegularFile(file)) {
                secrets.put("the embedded stack's generated " + generated, Files.readString(file).strip());
            }
        }
        assertThat(secrets.values()).allSatisfy(secret -> assertThat(secret).hasSizeGreaterThanOrEqualTo(12));

        List<Path> logs = new ArrayList<>();
        for (Path folder : List.of(Stack.DATA.resolve("logs"), embedded.resolve("logs"))) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.walk(folder)) {
                    files.filter(Files::isRegularFile).filter(file -> file.toString().endsWith(".log")).forEach(logs::add);
                }
            }
        }
        assertThat(logs).as("the stack's logs").anyMatch(file -> file.getFileName().toString().equals("payara.log"));
        for (Path log : logs) {
            String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
            secrets.forEach((name, secret) -> assertThat(text).as("%s in %s", name, log).doesNotContain(secret));
        }
        System.out.printf("no secret in %d log files (%d MB)%n", logs.size(),
                logs.stream().mapToLong(NoSecretsInLogsIT::size).sum() / 1_000_000);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
