package dev.redtortoise.api;

import dev.redtortoise.platform.errors.ErrorResponses;
import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Refuses request bodies over 1 MiB with 413, before anything reads them: by their declared length, or,
 * when the length is not declared (chunked), by reading at most one byte more than the limit. Only POST
 * and PUT carry bodies in this API; the others pass untouched.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodyLimit implements ContainerRequestFilter {

    static final int MAX_BYTES = 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!HttpMethod.POST.equals(request.getMethod()) && !HttpMethod.PUT.equals(request.getMethod())) {
            return;
        }
        int declared = request.getLength();
        if (declared > MAX_BYTES) {
            request.abortWith(ErrorResponses.response(413, "body is too large (maximum is 1 MiB)"));
            return;
        }
        if (declared < 0 && request.hasEntity()) {
            try (InputStream body = request.getEntityStream()) {
                byte[] read = body.readNBytes(MAX_BYTES + 1);
                if (read.length > MAX_BYTES) {
                    request.abortWith(ErrorResponses.response(413, "body is too large (maximum is 1 MiB)"));
                    return;
                }
                request.setEntityStream(new ByteArrayInputStream(read));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
