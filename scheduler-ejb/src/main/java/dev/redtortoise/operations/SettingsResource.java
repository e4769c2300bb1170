package dev.redtortoise.operations;

import dev.redtortoise.settings.boundary.Settings;
import dev.redtortoise.settings.entity.SettingValue;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * The settings, through the boundary the console uses: {@code PUT} sets a value ({@code {"value": "..."}}),
 * checked before anything is saved; {@code DELETE} removes the console value, so the environment value or
 * the default applies again. Each answers the setting as it is now, with where its value comes from.
 */
@Path("settings")
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {

    @Inject
    Settings settings;

    @GET
    public String all() {
        var list = Json.createArrayBuilder();
        settings.all().forEach(setting -> list.add(json(setting)));
        return Json.createObjectBuilder().add("settings", list).build().toString();
    }

    @GET
    @Path("{key}")
    public String get(@PathParam("key") String key) {
        return json(settings.get(key)).build().toString();
    }

    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String change(@PathParam("key") String key, String body, @Context ContainerRequestContext request) {
        String value = OperationsJson.string(OperationsJson.object(body), "value", null);
        return json(settings.change(AdminOnly.actor(request), key, value)).build().toString();
    }

    @DELETE
    @Path("{key}")
    public String reset(@PathParam("key") String key, @Context ContainerRequestContext request) {
        return json(settings.reset(AdminOnly.actor(request), key)).build().toString();
    }

    static JsonObjectBuilder json(SettingValue setting) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("key", setting.setting().key)
                .add("description", setting.setting().description)
                .add("type", setting.setting().type.name())
                .add("value", setting.text())
                .add("source", setting.source().label())
                .add("default", setting.setting().defaultText)
                .add("configKey", setting.setting().configKey)
                .add("environmentVariable", setting.setting().environmentVariable());
        setting.environment().ifPresent(environment -> json.add("environmentValue", environment));
        return json;
    }
}
