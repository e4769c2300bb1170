package ceiling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;

/**
 * The server's own ceiling for bench/api.sh: the answer of GET /api/tags for 20 tags, as a constant, from
 * a JAX-RS resource alone on a Payara Micro with the same JVM settings. Not part of the application.
 */
@Path("tags")
@ApplicationScoped
public class Constant {

    static final String TAGS = "{\"tags\":[\"tag1\",\"tag2\",\"tag3\",\"tag4\",\"tag5\",\"tag6\",\"tag7\",\"tag8\","
            + "\"tag9\",\"tag10\",\"tag11\",\"tag12\",\"tag13\",\"tag14\",\"tag15\",\"tag16\",\"tag17\",\"tag18\","
            + "\"tag19\",\"tag20\"]}";

    @ApplicationPath("/")
    public static class Api extends Application {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String tags() {
        return TAGS;
    }
}
