package dev.redtortoise.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

/** The orchestration part's operations endpoint, as automation calls it: HTTP Basic as a console user. */
final class Operations {

    static final Set<String> ENDED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");

    private Operations() {
    }

    static HttpResponse<String> call(String method, String path, String jsonBody, String username, String password) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(Stack.url("/orchestration/ops" + path)))
                .timeout(Duration.ofSeconds(60));
        if (username != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (jsonBody != null) {
            builder.header("Content-Type", "application/json");
        }
        builder.method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        return Conduit.send(builder.build());
    }

    static HttpResponse<String> admin(String method, String path, String jsonBody) {
        return call(method, path, jsonBody, "admin", Stack.ADMIN_PASSWORD);
    }

    static JsonObject json(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new AssertionError("expected " + status + " but got " + response.statusCode() + ": " + response.body());
        }
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    static JsonObject addSource(String name, String location, String owner, int maxRejectPercent, String rulesJson) {
        String body = "{\"name\":\"" + name + "\",\"location\":\"" + location + "\",\"owner\":\"" + owner
                + "\",\"enabled\":false,\"maxRejectPercent\":" + maxRejectPercent + ",\"rules\":" + rulesJson + "}";
        return json(admin("POST", "/sources", body), 201);
    }

    static long start(String job, String parametersJson) {
        return json(admin("POST", "/jobs/" + job, parametersJson), 202).getJsonNumber("execution").longValue();
    }

    /** The execution once it has ended, read from the endpoint. */
    static JsonObject awaitEnd(long execution, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonObject run;
        do {
            run = json(admin("GET", "/executions/" + execution, null), 200);
            if (ENDED.contains(run.getString("status"))) {
                return run;
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("execution " + execution + " still " + run.getString("status") + " after " + timeout
                + ": " + run);
    }
}
