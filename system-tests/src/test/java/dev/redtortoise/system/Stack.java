package dev.redtortoise.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * The stack that the build started with {@code ./tortoise up} (system-tests/pom.xml): its URLs, its
 * processes, and the same command to start what is missing again.
 */
final class Stack {

    static final Path ROOT = Path.of(System.getProperty("it.root")).normalize();
    static final Path DATA = Path.of(System.getProperty("it.stack.dir"));
    static final int HTTP_PORT = Integer.getInteger("it.http.port");
    static final String ADMIN_PASSWORD = System.getProperty("it.admin.password");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Stack() {
    }

    static String url(String path) {
        return "http://localhost:" + HTTP_PORT + path;
    }

    static HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(20)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls GET path until its body satisfies the condition; returns the last body. */
    static String awaitBody(String path, Predicate<String> condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            body = get(path).body();
            if (condition.test(body)) {
                return body;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("GET " + path + " did not satisfy the condition within " + timeout + "; last: " + body);
    }

    /** Polls the condition until it holds; fails naming what did not happen within the timeout. */
    static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + timeout);
            }
            Thread.sleep(250);
        }
    }

    /** The host's name as {@code ./tortoise} reads it (instances are named after it and their port). */
    static String hostName() {
        try {
            Process hostname = new ProcessBuilder("hostname").start();
            String name = new String(hostname.getInputStream().readAllBytes()).strip();
            hostname.waitFor();
            return name;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static long pid(String service) throws IOException {
        return Long.parseLong(Files.readString(DATA.resolve("run/" + service + ".pid")).trim());
    }

    /** Sends a signal to one of the stack's processes ({@code STOP} holds it where it is, {@code CONT} lets it go on). */
    static void signal(String signal, String service) throws IOException, InterruptedException {
        int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(pid(service))).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("kill -" + signal + " of " + service + " exited with " + exit);
        }
    }

    record Run(int exitCode, String output) {
    }

    /** Runs {@code ./tortoise ARG} with the stack's settings; returns its output, fails on a non-zero exit. */
    static String tortoise(String argument) throws IOException, InterruptedException {
        Run run = tortoise(argument, Map.of());
        if (run.exitCode() != 0) {
            throw new AssertionError("./tortoise " + argument + " failed:\n" + run.output());
        }
        return run.output();
    }

    /**
     * Runs {@code ./tortoise ARGS} (words separated by spaces) with the stack's settings, some of them changed (an
     * empty value removes one).
     */
    static Run tortoise(String arguments, Map<String, String> changed) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("tortoise").toString()));
        command.addAll(List.of(arguments.split(" ")));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        // the test JVM's own RT_* settings describe the stack for the in-container tests; ./tortoise
        // needs the ones the build gave it (system-tests/pom.xml), and starts the stand-ins itself
        env.remove("RT_MONGO_URL");
        env.put("RT_NO_BUILD", "1");
        env.put("RT_DATA_DIR", DATA.toString());
        env.put("RT_HTTP_PORT", String.valueOf(HTTP_PORT));
        env.put("RT_HAZELCAST_PORT", "16900");
        env.remove("RT_DB_URL"); // the local server on 5432, else the embedded one there: RT_DB_NAME is the tests'
        env.put("RT_EMBEDDED_PG_PORT", "5432");
        env.put("RT_MONGO_PORT", System.getenv("RT_MONGO_URL").replaceAll(".*:", ""));
        changed.forEach((name, value) -> {
            if (value.isEmpty()) {
                env.remove(name);
            } else {
                env.put(name, value);
            }
        });
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("./tortoise " + arguments + " did not finish:\n" + output);
        }
        return new Run(process.exitValue(), output);
    }
}
