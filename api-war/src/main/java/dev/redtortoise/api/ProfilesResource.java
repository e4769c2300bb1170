package dev.redtortoise.api;

import dev.redtortoise.accounts.boundary.Accounts;
import dev.redtortoise.api.ContractJson.ProfileJson;
import dev.redtortoise.platform.errors.Refusal;
import dev.redtortoise.profiles.boundary.ProfileView;
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
import java.util.function.Supplier;

/**
 * Profiles by username. A profile is a projection of the account in MongoDB; when the account exists but its
 * profile is still pending (MongoDB was away when it was made or renamed), it is written first, so a customer who
 * signed up during an outage can be found and followed at once, not only after the repair's next turn.
 */
@Path("profiles/{username}")
@ApplicationScoped
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class ProfilesResource {

    @Inject
    Profiles profiles;

    @Inject
    Accounts accounts;

    @Inject
    Viewer viewer;

    @GET
    public String get(@PathParam("username") String username) {
        return ContractJson.write(Map.of("profile",
                ProfileJson.of(withProfile(username, () -> profiles.view(username, viewer.idOrNull())))));
    }

    @POST
    @Path("follow")
    public String follow(@PathParam("username") String username) {
        return ContractJson.write(Map.of("profile",
                ProfileJson.of(withProfile(username, () -> profiles.follow(viewer.required().id(), username)))));
    }

    @DELETE
    @Path("follow")
    public String unfollow(@PathParam("username") String username) {
        return ContractJson.write(Map.of("profile",
                ProfileJson.of(withProfile(username, () -> profiles.unfollow(viewer.required().id(), username)))));
    }

    private ProfileView withProfile(String username, Supplier<ProfileView> action) {
        try {
            return action.get();
        } catch (Refusal refusal) {
            if (refusal.kind() == Refusal.Kind.NOT_FOUND && accounts.writePendingProfile(username)) {
                return action.get();
            }
            throw refusal;
        }
    }
}
