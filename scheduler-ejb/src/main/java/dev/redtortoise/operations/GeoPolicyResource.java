package dev.redtortoise.operations;

import dev.redtortoise.geoblock.boundary.GeoBlocking;
import dev.redtortoise.geoblock.entity.GeoPolicy;
import dev.redtortoise.platform.errors.Refusal;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The geo-blocking policy: read it with today's blocked counts, or replace it whole (every field given;
 * invalid ones refused with every reason, nothing saved). Applied on every instance within seconds.
 */
@Path("geo-policy")
@Produces(MediaType.APPLICATION_JSON)
public class GeoPolicyResource {

    @Inject
    GeoBlocking geoBlocking;

    @GET
    public String get() {
        return policy(geoBlocking.policy()).toString();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public String change(String body, @Context ContainerRequestContext request) {
        JsonObject json = OperationsJson.object(body);
        String mode = OperationsJson.string(json, "mode", "");
        GeoPolicy.Mode parsed;
        try {
            parsed = GeoPolicy.Mode.valueOf(mode);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("mode must be OFF, ALLOW or DENY, got '" + mode + "'");
        }
        GeoPolicy changed = geoBlocking.change(AdminOnly.actor(request), parsed, strings(json, "countries"),
                OperationsJson.flag(json, "blockUnknown", false), strings(json, "exemptPaths"),
                strings(json, "exemptNetworks"));
        return policy(changed).toString();
    }

    private JsonObject policy(GeoPolicy policy) {
        JsonObjectBuilder blocked = Json.createObjectBuilder();
        geoBlocking.blockedOn(LocalDate.now(ZoneOffset.UTC)).forEach(blocked::add);
        return GeoBlocking.describe(policy)
                .add("version", policy.version())
                .add("blockedToday", blocked)
                .build();
    }

    private static List<String> strings(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array) || !array.stream().allMatch(JsonString.class::isInstance)) {
            throw Refusal.invalid(field + " must be an array of strings");
        }
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
