package dev.redtortoise.api;

import dev.redtortoise.geoblock.control.ClientAddress;
import dev.redtortoise.platform.errors.Refusal;
import dev.redtortoise.platform.security.WriteQuota;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import java.util.Collections;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Counts every write (POST, PUT, DELETE) against its client address's quota before anything else reads the
 * request: past the limit the answer is 429 with {@code Retry-After}. The address is the one geo-blocking
 * sees ({@code RT_TRUSTED_PROXIES}), so a client cannot pick a fresh one with a header. When PostgreSQL
 * cannot count, the write goes on (what it needs of the database answers for itself) and a warning is logged
 * at most once a minute.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public class WriteLimit implements ContainerRequestFilter {

    static final Set<String> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE);
    static final long WARN_EVERY_MILLIS = 60_000;
    private static final Logger LOG = Logger.getLogger(WriteLimit.class.getName());

    @Inject
    WriteQuota quota;

    @Inject
    ClientAddress clients;

    @Context
    HttpServletRequest servletRequest;

    private volatile long lastWarning;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!WRITES.contains(request.getMethod())) {
            return;
        }
        String client = clients.of(servletRequest.getRemoteAddr(),
                Collections.list(servletRequest.getHeaders("X-Forwarded-For"))).getHostAddress();
        try {
            quota.take(client);
        } catch (Refusal refusal) {
            throw refusal;
        } catch (RuntimeException e) {
            long now = System.currentTimeMillis();
            if (now - lastWarning > WARN_EVERY_MILLIS) {
                lastWarning = now;
                LOG.warning(() -> "API writes are not counted against their quota while PostgreSQL cannot count them: " + e);
            }
        }
    }
}
