package dev.redtortoise.api;

import dev.redtortoise.api.ContractJson.ProfileJson;
import dev.redtortoise.profiles.boundary.Profiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

@Path("profiles/{username}")
@ApplicationScoped
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class ProfilesResource {

    @Inject
    Profiles profiles;

    @Inject
    Viewer viewer;

    @GET
    public String get(@PathParam("username") String username) {
        return ContractJson.write(Map.of("profile",
                ProfileJson.of(profiles.view(username, viewer.idOrNull()))));
    }

    @POST
    @Path("follow")
    public String follow(@PathParam("username") String username) {
        return ContractJson.write(Map.of("profile",
                ProfileJson.of(profiles.follow(viewer.required().id(), username))));
    }

    @DELETE
    @Path("follow")
    public String unfollow(@PathParam("username") String username) {
        return ContractJson.write(Map.of("profile",
                ProfileJson.of(profiles.unfollow(viewer.required().id(), username))));
    }
}
