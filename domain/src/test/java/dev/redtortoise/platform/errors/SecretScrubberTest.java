package dev.redtortoise.platform.errors;

import io.sentry.Breadcrumb;
import io.sentry.SentryEvent;
import io.sentry.protocol.Message;
import io.sentry.protocol.Request;
import io.sentry.protocol.SentryException;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SecretScrubberTest {

    static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJqYWtlIn0.c2lnbmF0dXJlLXZhbHVl";
    final SecretScrubber scrubber = new SecretScrubber(List.of("own-db-password-42", ""));

    @Test
    void requestsLoseCookiesBodiesAndSecretHeadersButKeepTheRest() {
        Request request = new Request();
        request.setMethod("POST");
        request.setUrl("http://localhost/api/users/login");
        request.setQueryString("limit=5&token=abc123&api_key=k&tag=java");
        request.setCookies("JSESSIONID=s3cr3t");
        request.setData("{\"user\":{\"password\":\"hunter22\"}}");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Token " + JWT);
        headers.put("Cookie", "JSESSIONID=s3cr3t");
        headers.put("X-Auth-Token", "abc");
        headers.put("User-Agent", "curl/8");
        request.setHeaders(headers);
        SentryEvent event = new SentryEvent();
        event.setRequest(request);

        scrubber.scrub(event);

        assertThat(request.getCookies()).isNull();
        assertThat(request.getData()).isNull();
        assertThat(request.getQueryString()).isEqualTo("limit=5&token=[Filtered]&api_key=[Filtered]&tag=java");
        assertThat(request.getHeaders()).containsEntry("Authorization", "[Filtered]")
                .containsEntry("Cookie", "[Filtered]").containsEntry("X-Auth-Token", "[Filtered]")
                .containsEntry("User-Agent", "curl/8");
    }

    @Test
    void credentialsInMessagesExceptionsAndBreadcrumbsAreReplaced() {
        SentryEvent event = new SentryEvent();
        Message message = new Message();
        message.setFormatted("login failed for jake with password=hunter22 and Authorization: Bearer " + JWT);
        event.setMessage(message);
        SentryException exception = new SentryException();
        exception.setValue("connect to postgresql://app:own-db-password-42@db:5432/rt refused; {\"token\":\"abc.def\"}");
        event.setExceptions(List.of(exception));
        Breadcrumb crumb = new Breadcrumb("signed in with Token " + JWT);
        crumb.setData("password", "hunter22");
        crumb.setData("user", "jake");
        event.setBreadcrumbs(List.of(crumb));

        scrubber.scrub(event);

        String all = message.getFormatted() + exception.getValue() + crumb.getMessage() + crumb.getData();
        assertThat(all).doesNotContain("hunter22", JWT, "own-db-password-42", "abc.def")
                .contains("login failed for jake", "db:5432/rt refused", "user=jake");
    }

    @Test
    void theProcessesOwnSecretsAreReplacedWhereverTheyAppear() {
        assertThat(scrubber.text("a value own-db-password-42 in plain text")).isEqualTo("a value [Filtered] in plain text");
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        String text = "GET /api/articles?limit=20 failed: MongoDB timed out after 3000 ms";
        assertThat(scrubber.text(text)).isEqualTo(text);
        assertThat(scrubber.query("limit=20&offset=40")).isEqualTo("limit=20&offset=40");
    }
}
