package dev.redtortoise.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * A browsable reference of the API at {@code /api/docs/}: Swagger UI from its Maven Central webjar (no CDN)
 * over the OpenAPI document the server serves at {@code /openapi}. The API's servlet takes every path below
 * {@code /api}, so the few files the page needs are served from here, by name from a fixed list.
 */
@Path("docs")
@ApplicationScoped
public class ApiDocsResource {

    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/" + webjarVersion() + "/";
    private static final String OWN = "api-docs/";
    private static final Map<String, String> FILES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "docs.js", "text/javascript; charset=utf-8",
            "swagger-ui.css", "text/css; charset=utf-8",
            "swagger-ui-bundle.js", "text/javascript; charset=utf-8",
            "favicon-32x32.png", "image/png");
    private static final CacheControl A_DAY = CacheControl.valueOf("public, max-age=86400");

    @GET
    public Response page(@Context UriInfo uri) {
        // the page's links are relative to the folder: /api/docs must become /api/docs/
        if (!uri.getRequestUri().getPath().endsWith("/")) {
            return Response.seeOther(uri.getBaseUriBuilder().path("docs/").build()).build();
        }
        return file("index.html");
    }

    @GET
    @Path("{file}")
    public Response file(@PathParam("file") String name) {
        String type = FILES.get(name);
        if (type == null) {
            throw new NotFoundException();
        }
        String resource = (name.equals("index.html") || name.equals("docs.js") ? OWN : WEBJAR) + name;
        InputStream body = ApiDocsResource.class.getClassLoader().getResourceAsStream(resource);
        if (body == null) {
            throw new NotFoundException();
        }
        return Response.ok(body, type).cacheControl(A_DAY).header("X-Content-Type-Options", "nosniff").build();
    }

    private static String webjarVersion() {
        try (InputStream in = ApiDocsResource.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui webjar is missing from the API's WAR");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
