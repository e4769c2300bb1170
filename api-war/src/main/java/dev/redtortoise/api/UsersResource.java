package dev.redtortoise.api;

import dev.redtortoise.accounts.boundary.Accounts;
import dev.redtortoise.api.ContractJson.UserJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/** Registration, sign-in and the signed-in user's own account. */
@Path("")
@ApplicationScoped
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    Accounts accounts;

    @Inject
    Viewer viewer;

    @POST
    @Path("users")
    public Response register(String body) {
        RequestJson user = RequestJson.of(body, "user");
        String username = user.string("username");
        String email = user.string("email");
        String password = user.string("password");
        user.typesChecked();
        Accounts.SignedIn signedIn = accounts.register(username, email, password);
        return Response.status(Response.Status.CREATED)
                .entity(ContractJson.write(Map.of("user", UserJson.of(signedIn.account(), signedIn.token())))).build();
    }

    @POST
    @Path("users/login")
    public String login(String body) {
        RequestJson user = RequestJson.of(body, "user");
        String email = user.string("email");
        String password = user.string("password");
        user.typesChecked();
        Accounts.SignedIn signedIn = accounts.login(email, password);
        return ContractJson.write(Map.of("user", UserJson.of(signedIn.account(), signedIn.token())));
    }

    @GET
    @Path("user")
    public String current() {
        return ContractJson.write(Map.of("user", UserJson.of(viewer.required(), viewer.token())));
    }

    @PUT
    @Path("user")
    public String update(String body) {
        long id = viewer.required().id();
        RequestJson user = RequestJson.of(body, "user");
        Accounts.Changes changes = new Accounts.Changes(user.string("email"), user.string("username"),
                user.string("password"), user.string("bio"), user.string("image"));
        user.typesChecked();
        return ContractJson.write(Map.of("user", UserJson.of(accounts.change(id, changes), viewer.token())));
    }
}
