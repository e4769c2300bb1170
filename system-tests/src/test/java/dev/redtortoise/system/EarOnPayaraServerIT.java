package dev.redtortoise.system;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The EAR on Payara Server (the distribution zip from Maven Central): a domain of its own, its resources
 * created from payara-config's asadmin files, then the same checks as on Payara Micro, Sentry's included.
 */
class EarOnPayaraServerIT {

    static final Path SERVER = Path.of(System.getProperty("it.payara.server.dir"));
    static final Path CONFIG = Stack.ROOT.resolve("payara-config");
    static final String DOMAIN = "rt-it";
    static final int PORTBASE = Integer.getInteger("it.server.portbase");
    static final int ADMIN_PORT = PORTBASE + 48;
    static final int HTTP_PORT = PORTBASE + 80;

    @BeforeAll
    static void deployTheEar() throws Exception {
        Path domain = SERVER.resolve("glassfish/domains/" + DOMAIN);
        if (Files.exists(domain)) {
            asadmin(false, "stop-domain", DOMAIN);
            asadmin(true, "delete-domain", DOMAIN);
        }
        asadmin(true, "create-domain", "--nopassword", "--portbase", String.valueOf(PORTBASE), DOMAIN);
        Files.copy(Path.of(System.getProperty("it.runtime.dir"), "postgresql.jar"), domain.resolve("lib/postgresql.jar"),
                StandardCopyOption.REPLACE_EXISTING);
        asadmin(true, "start-domain", DOMAIN);
        onDomain("multimode", "--file", CONFIG.resolve("datasource.asadmin").toString());
        onDomain("multimode", "--file", CONFIG.resolve("server/pre-deploy.asadmin").toString());
        // only explicit bean archives: CDI must not scan the resource adapter's libraries (Netty's optional
        // native SSL classes are missing and fail the deployment)
        onDomain("deploy", "--properties", "implicitCdiEnabled=false", System.getProperty("it.ear"));
        onDomain("multimode", "--file", CONFIG.resolve("server/post-deploy.asadmin").toString());
    }

    @AfterAll
    static void stopTheDomain() throws Exception {
        asadmin(false, "stop-domain", DOMAIN);
    }

    @Test
    void everyPartOfTheEarAnswers() throws Exception {
        assertThat(get(HTTP_PORT, "/api/tags").body()).matches("\\{\"tags\":\\[.*]}");
        assertThat(get(HTTP_PORT, "/config.json").body()).contains("apiUrl");
        HttpResponse<String> console = get(HTTP_PORT, "/admin/");
        assertThat(console.statusCode()).isEqualTo(200);
        assertThat(console.body()).contains("Vaadin");
    }

    @Test
    void theOperationsEndpointIsServedFromTheOrchestrationModule() throws Exception {
        HttpResponse<String> anonymous = get(HTTP_PORT, "/orchestration/ops/sources");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).startsWith("{\"errors\"");
        String credentials = Base64.getEncoder().encodeToString(
                ("admin:" + System.getProperty("it.admin.password")).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> executions = Stack.HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + HTTP_PORT + "/orchestration/ops/jobs/aggregate/executions"))
                .header("Authorization", "Basic " + credentials).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(executions.statusCode()).as(executions.body()).isEqualTo(200);
        assertThat(executions.body()).startsWith("{\"executions\":[");
    }

    @Test
    void theEarIsReadyAgainstEveryDependency() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            body = get(HTTP_PORT, "/health/ready").body().replaceAll("\\s", "");
            if (body.startsWith("{\"status\":\"UP\"") && body.contains("\"name\":\"artemis\"")) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(body).startsWith("{\"status\":\"UP\"")
                .contains("\"name\":\"postgres\"", "\"name\":\"mongodb\"", "\"name\":\"artemis\"");
    }

    @Test
    void operatorsSeeTheApplicationInTheAdminConsoleAndAsadmin() throws Exception {
        // the admin console loads on first use and answers 202 until it is there
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        HttpResponse<String> console = get(ADMIN_PORT, "/");
        while (console.statusCode() == 202 && System.nanoTime() < deadline) {
            Thread.sleep(1_000);
            console = get(ADMIN_PORT, "/");
        }
        assertThat(console.statusCode()).isEqualTo(200);
        assertThat(console.body()).contains("Payara");
        assertThat(onDomain("list-applications", "--long")).contains("redtortoise");
        assertThat(onDomain("list-sub-components", "redtortoise"))
                .contains("api.war", "admin.war", "orchestration.jar", "orchestration-ops.war", "artemis-rar.rar");
    }

    @Test
    void anUnexpectedFailureOfTheEarsApiArrivesInSentryUnderItsIncidentId() throws Exception {
        Conduit.User author = Conduit.register("earsentry");
        String slug = Conduit.createArticle(author, "EAR Sentry " + Conduit.suffix()).getString("slug");
        // the same broken field as in SentryIT: reading the article fails in a way nobody planned for
        Conduit.mongo().getCollection("articles").updateOne(Filters.eq("slug", slug), Updates.set("createdAt", "yesterday"));
        HttpResponse<String> response;
        try {
            response = get(HTTP_PORT, "/api/articles/" + slug);
        } finally {
            Conduit.mongo().getCollection("articles").deleteOne(Filters.eq("slug", slug));
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(500);
        String incident = response.body().replaceAll("(?s).*incident ([0-9a-f]{32}).*", "$1");
        JsonObject event = SentryIT.await(e -> incident.equals(e.getString("event_id", "")));
        // the request names the part: inside the EAR the modules share one SDK and one part name
        assertThat(event.getString("release")).matches("redtortoise@[^+]+\\+[0-9a-f]{7,}");
        assertThat(event.getString("environment")).isEqualTo("system-test");
        assertThat(event.getJsonObject("request").getString("url")).endsWith("/api/articles/" + slug);
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return Stack.HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String onDomain(String... command) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("--port", String.valueOf(ADMIN_PORT)));
        arguments.addAll(List.of(command));
        return asadmin(true, arguments.toArray(String[]::new));
    }

    private static String asadmin(boolean mustSucceed, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(SERVER.resolve("bin/asadmin").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // the domain started by asadmin reports to the suite's Spotlight, as the stack's parts do
        builder.environment().put("SENTRY_DSN", "http://public@127.0.0.1:" + System.getenv("RT_SPOTLIGHT_PORT") + "/0");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        boolean done = process.waitFor(5, TimeUnit.MINUTES);
        if (mustSucceed && (!done || process.exitValue() != 0)) {
            throw new AssertionError("asadmin " + String.join(" ", arguments) + " failed:\n" + output);
        }
        return output;
    }
}
