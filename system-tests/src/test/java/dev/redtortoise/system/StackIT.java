package dev.redtortoise.system;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole stack as ./tortoise up starts it: readiness, every part's URL, outages and recovery. */
class StackIT {

    static final Pattern CHECK = Pattern.compile("\"name\":\"(postgres|mongodb|artemis)\",\"status\":\"UP\"");

    @Test
    void everyDependencyIsCheckedByEveryPartAndUp() {
        HttpResponse<String> ready = Stack.get("/health/ready");
        String body = ready.body().replaceAll("\\s", "");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(body).startsWith("{\"status\":\"UP\"");
        assertThat(CHECK.matcher(body).results().count()).as(body).isEqualTo(9);
        for (String part : new String[] {"api", "admin", "orchestration"}) {
            assertThat(body).contains("\"part\":\"" + part + "\"");
        }
        assertThat(Stack.get("/health/live").body().replaceAll("\\s", "")).startsWith("{\"status\":\"UP\"");
    }

    @Test
    void theApiServesTagsFromMongoDbAndItsOpenApiDocument() {
        HttpResponse<String> tags = Stack.get("/api/tags");
        assertThat(tags.statusCode()).isEqualTo(200);
        assertThat(tags.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(tags.body()).matches("\\{\"tags\":\\[.*]}");
        assertThat(Stack.get("/openapi").body()).contains("/tags");
    }

    @Test
    void theSpaAndItsRuntimeConfigurationAreServedAsPlainFiles() {
        String index = Stack.get("/").body();
        assertThat(index).contains("<title>Conduit</title>");
        Matcher script = Pattern.compile("src=\"\\./(assets/index-[A-Za-z0-9_-]+\\.js)\"").matcher(index);
        assertThat(script.find()).as("the entry script in %s", index).isTrue();
        HttpResponse<String> entry = Stack.get("/" + script.group(1));
        assertThat(entry.statusCode()).isEqualTo(200);
        assertThat(entry.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("javascript"));
        assertThat(Stack.get("/config.json").body().replaceAll("\\s", "")).isEqualTo("{\"apiUrl\":\"/api\"}");
    }

    @Test
    void theConsoleAnswersWithVaadinsBootstrapPage() {
        HttpResponse<String> console = Stack.get("/admin/");
        assertThat(console.statusCode()).isEqualTo(200);
        assertThat(console.body()).contains("Vaadin");
    }

    @Test
    void everyJavaPartAnswersWithTheSecurityHeadersErrorsAndRefusalsIncluded() {
        for (String path : new String[] {"/api/tags", "/api/no-such-thing", "/admin/", "/orchestration/ops/sources"}) {
            HttpResponse<String> response = Stack.get(path);
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).contains("strict-origin-when-cross-origin");
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as("%s without RT_HTTPS", path).isEmpty();
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(policy -> assertThat(policy).contains("frame-ancestors 'none'"));
        }
        assertThat(Stack.get("/api/tags").headers().firstValue("Content-Security-Policy")).contains("default-src 'none'; frame-ancestors 'none'");
        assertThat(Stack.get("/admin/").headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("default-src 'self'", "connect-src 'self'").doesNotContain("*", "http:"));
    }

    @Test
    void theSpaIsServedWithAPolicyWithoutInlineScriptAndTheHeadersACdnWouldAdd() {
        HttpResponse<String> index = Stack.get("/");
        assertThat(index.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("script-src 'self';", "frame-ancestors 'none'", "object-src 'none'").doesNotContain("unsafe"));
        assertThat(index.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(index.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(index.body()).as("no inline script in the page").doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
    }

    @Test
    void theConsolesSessionCookieIsHttpOnlyAndStrictlySameSite() {
        HttpResponse<String> console = Stack.get("/admin/");
        String cookie = console.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + console.headers().map()));
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict")
                .as("no Secure flag without RT_HTTPS").doesNotContainIgnoringCase("Secure;").doesNotEndWithIgnoringCase("Secure");
    }

    @Test
    void anUnknownApiPathGetsAJsonErrorNotAnHtmlPage() {
        HttpResponse<String> missing = Stack.get("/api/no-such-thing");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("\"errors\"").doesNotContain("<html");
    }

    @Test
    void upTwiceInARowKeepsTheRunningStack() throws Exception {
        long payara = Stack.pid("payara");
        String output = Stack.tortoise("up");
        assertThat(output).contains("Red Tortoise is ready");
        assertThat(Stack.pid("payara")).isEqualTo(payara);
    }

    @Test
    void aMalformedSettingStopsUpAtOnceNamingTheVariableAndTheExpectedForm() throws Exception {
        Stack.Run port = Stack.tortoise("up", Map.of("RT_HTTP_PORT", "eighty"));
        assertThat(port.exitCode()).isEqualTo(2);
        assertThat(port.output()).contains("RT_HTTP_PORT must be a TCP port (1-65535), got 'eighty'");

        Stack.Run database = Stack.tortoise("up", Map.of("RT_DB_URL", "mysql://db/app"));
        assertThat(database.exitCode()).isEqualTo(2);
        assertThat(database.output()).contains("RT_DB_URL must look like postgresql://USER:PASSWORD@HOST:PORT/DATABASE");

        Stack.Run parts = Stack.tortoise("up", Map.of("RT_PARTS", "api,batch"));
        assertThat(parts.exitCode()).isEqualTo(2);
        assertThat(parts.output()).contains("RT_PARTS must list parts from api,orchestration,admin,frontend");
    }

    @Test
    void aStoppedMongoDbTurnsItsCheckDownWithinTenSecondsAndUpWhenItReturns() throws Exception {
        outageAndRecovery("mongo", "mongodb");
    }

    @Test
    void aStoppedBrokerTurnsItsCheckDownWithinTenSecondsAndUpWhenItReturns() throws Exception {
        outageAndRecovery("artemis", "artemis");
    }

    private void outageAndRecovery(String service, String check) throws Exception {
        long payara = Stack.pid("payara");
        ProcessHandle process = ProcessHandle.of(Stack.pid(service)).orElseThrow();
        process.destroy();
        process.onExit().get(30, TimeUnit.SECONDS);
        Pattern down = Pattern.compile("\"name\":\"" + check + "\",\"status\":\"DOWN\",\"data\":\\{[^}]*\"reason\":\"[^\"]+\"");
        long stopped = System.nanoTime();
        Stack.awaitBody("/health/ready", body -> down.matcher(body.replaceAll("\\s", "")).find(), Duration.ofSeconds(10));
        long seconds = Duration.ofNanos(System.nanoTime() - stopped).toSeconds();
        assertThat(seconds).isLessThanOrEqualTo(10);

        Stack.tortoise("up");
        Stack.awaitBody("/health/ready", body -> body.replaceAll("\\s", "").startsWith("{\"status\":\"UP\""),
                Duration.ofSeconds(60));
        assertThat(Stack.pid("payara")).as("Payara Micro was not restarted").isEqualTo(payara);
    }
}
