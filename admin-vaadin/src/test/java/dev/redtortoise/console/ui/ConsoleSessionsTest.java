package dev.redtortoise.console.ui;

import dev.redtortoise.console.boundary.ConsoleUsers;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleSessionsTest {

    private final Map<String, Object> attributes = new HashMap<>();
    private boolean invalidated;
    private Optional<Long> storedVersion = Optional.of(3L);
    private final ConsoleSessions sessions = new ConsoleSessions();
    private final HttpSession session = (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {HttpSession.class}, (proxy, method, args) -> switch (method.getName()) {
                case "getAttribute" -> attributes.get((String) args[0]);
                case "setAttribute" -> attributes.put((String) args[0], args[1]);
                case "invalidate" -> {
                    invalidated = true;
                    yield null;
                }
                default -> throw new UnsupportedOperationException(method.getName());
            });

    ConsoleSessionsTest() {
        sessions.idleTimeout = Duration.ofMinutes(30);
        sessions.users = new ConsoleUsers() {
            @Override
            public Optional<Long> credentialsVersion(String username) {
                return storedVersion;
            }
        };
        attributes.put(SignedIn.ATTRIBUTE, new SignedIn("ops", Set.of("OPERATOR"), 3));
    }

    @Test
    void aSessionUnderTheCurrentCredentialsCarriesOnAndCountsTheRequestAsActivity() {
        long before = System.currentTimeMillis() - Duration.ofMinutes(5).toMillis();
        attributes.put(ConsoleSessions.LAST_ACTIVE, before);
        sessions.check(session, true);
        assertThat(invalidated).isFalse();
        assertThat((Long) attributes.get(ConsoleSessions.LAST_ACTIVE)).isGreaterThan(before);
    }

    @Test
    void aSessionEndsAtItsNextRequestOnceThePasswordRoleOrStateChangedOrTheUserIsDisabled() {
        storedVersion = Optional.of(4L);
        sessions.check(session, true);
        assertThat(invalidated).as("credentials version moved on").isTrue();

        invalidated = false;
        storedVersion = Optional.empty();
        sessions.check(session, true);
        assertThat(invalidated).as("user disabled").isTrue();
    }

    @Test
    void heartbeatsDoNotKeepAnIdleSessionAlive() {
        long lastClick = System.currentTimeMillis() - Duration.ofMinutes(29).toMillis();
        attributes.put(ConsoleSessions.LAST_ACTIVE, lastClick);
        sessions.check(session, false);
        assertThat(invalidated).isFalse();
        assertThat(attributes.get(ConsoleSessions.LAST_ACTIVE)).as("a heartbeat is no activity").isEqualTo(lastClick);

        attributes.put(ConsoleSessions.LAST_ACTIVE, System.currentTimeMillis() - Duration.ofMinutes(31).toMillis());
        sessions.check(session, false);
        assertThat(invalidated).as("idle for longer than the timeout").isTrue();
    }

    @Test
    void aSessionWithoutASignedInUserIsLeftAlone() {
        attributes.clear();
        sessions.check(session, true);
        assertThat(invalidated).isFalse();
        assertThat(attributes).isEmpty();
    }
}
