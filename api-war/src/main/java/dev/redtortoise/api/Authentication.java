package dev.redtortoise.api;

import dev.redtortoise.accounts.boundary.Accounts;
import dev.redtortoise.platform.errors.Refusal;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads {@code Authorization: Token <jwt>} (or {@code Bearer <jwt>}). A request without the header is
 * anonymous; one with a bad, expired or foreign token, or the token of a banned account, is refused even
 * where signing in is optional, so a client never mistakes a dead session for an anonymous one. A JAX-RS
 * filter rather than a Jakarta Security mechanism: the latter takes over every module of the EAR.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class Authentication implements ContainerRequestFilter {

    @Inject
    Accounts accounts;

    @Inject
    Viewer viewer;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            return;
        }
        String token = token(header.trim());
        viewer.signedIn(accounts.authenticate(token), token);
    }

    static String token(String header) {
        int space = header.indexOf(' ');
        String scheme = space < 0 ? header : header.substring(0, space);
        if (space < 0 || !(scheme.equalsIgnoreCase("Token") || scheme.equalsIgnoreCase("Bearer"))) {
            throw Refusal.unauthorized("send Authorization: Token <jwt>");
        }
        return header.substring(space + 1).trim();
    }
}
