package dev.redtortoise.operations;

import dev.redtortoise.audit.entity.Actor;
import dev.redtortoise.console.boundary.ConsoleUsers;
import dev.redtortoise.console.entity.ConsoleUser;
import dev.redtortoise.console.entity.Role;
import dev.redtortoise.platform.errors.ErrorResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Lets through only console users with the ADMIN role, signed in with HTTP Basic on every request:
 * no credentials or wrong ones get 401 with a challenge, another role gets 403. The caller goes on as the
 * request property {@link #ACTOR}, which {@link #actor} reads back for the audit log.
 */
public class AdminOnly implements ContainerRequestFilter {

    /** The request property holding the caller as the audit log names it, for the resources' boundary calls. */
    static final String ACTOR = "dev.redtortoise.operations.actor";

    private static final Logger LOG = Logger.getLogger(AdminOnly.class.getName());

    @Inject
    ConsoleUsers users;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<String[]> credentials = credentials(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        Optional<ConsoleUser> user = credentials.flatMap(given -> users.authenticate(given[0], given[1]));
        if (user.isEmpty()) {
            request.abortWith(ErrorResponses.response(401, List.of(credentials.isEmpty()
                            ? "sign in with HTTP Basic as a console administrator" : "wrong username or password"))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"red-tortoise-operations\", charset=\"UTF-8\"")
                    .build());
            return;
        }
        if (!user.get().roles().contains(Role.ADMIN)) {
            request.abortWith(ErrorResponses.response(403, List.of("only console administrators may use operations"))
                    .build());
            return;
        }
        request.setProperty(ACTOR, Actor.operations(user.get().username()));
        LOG.fine(() -> user.get().username() + " " + request.getMethod() + " " + request.getUriInfo().getPath());
    }

    /** Who called, as the filter let them through. */
    static Actor actor(ContainerRequestContext request) {
        return (Actor) request.getProperty(ACTOR);
    }

    static Optional<String[]> credentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
