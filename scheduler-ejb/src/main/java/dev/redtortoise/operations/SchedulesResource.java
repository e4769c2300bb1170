package dev.redtortoise.operations;

import dev.redtortoise.schedules.boundary.Schedules;
import dev.redtortoise.schedules.entity.Schedule;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.Map;

/**
 * {@code GET /schedules} lists every schedule with its next fire times; {@code PUT /schedules/{name}} changes
 * cron, timeZone, enabled and parameters (a field left out keeps its value; {@code version}, when given,
 * refuses a change over someone else's); {@code POST /schedules/{name}/run} runs its work now. The console's
 * boundary, audited as the operations caller.
 */
@Path("schedules")
@Produces(MediaType.APPLICATION_JSON)
public class SchedulesResource {

    @Inject
    Schedules schedules;

    @GET
    public String all() {
        var list = Json.createArrayBuilder();
        Instant now = Instant.now();
        schedules.all().forEach(schedule -> list.add(json(schedule, now)));
        return Json.createObjectBuilder().add("schedules", list).build().toString();
    }

    @GET
    @Path("{name}")
    public String get(@PathParam("name") String name) {
        return json(schedules.get(name), Instant.now()).build().toString();
    }

    @PUT
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String change(@PathParam("name") String name, @Context ContainerRequestContext request, String body) {
        JsonObject json = OperationsJson.object(body);
        Schedule current = schedules.get(name);
        JsonValue parameters = json.get("parameters");
        Map<String, String> given = parameters == null || parameters == JsonValue.NULL ? current.parameters()
                : Schedule.parameters(parameters.toString());
        JsonValue version = json.get("version");
        Long readVersion = version instanceof JsonNumber number ? number.longValue() : null;
        Schedule changed = schedules.change(AdminOnly.actor(request), name, readVersion,
                OperationsJson.string(json, "cron", current.cron()),
                OperationsJson.string(json, "timeZone", current.zone().getId()),
                OperationsJson.flag(json, "enabled", current.enabled()), given);
        return json(changed, Instant.now()).build().toString();
    }

    @POST
    @Path("{name}/run")
    public Response run(@PathParam("name") String name) {
        schedules.runNow(name);
        return Response.accepted(Json.createObjectBuilder().add("requested", name).build().toString()).build();
    }

    static JsonObjectBuilder json(Schedule schedule, Instant now) {
        var next = Json.createArrayBuilder();
        if (schedule.enabled()) {
            schedule.next(Schedules.PREVIEW, now).forEach(time -> next.add(time.toOffsetDateTime().toString()));
        }
        var parameters = Json.createObjectBuilder();
        schedule.parameters().forEach(parameters::add);
        return Json.createObjectBuilder()
                .add("name", schedule.name())
                .add("task", schedule.task())
                .add("cron", schedule.cron())
                .add("timeZone", schedule.zone().getId())
                .add("enabled", schedule.enabled())
                .add("parameters", parameters)
                .add("origin", schedule.origin().name())
                .add("version", schedule.version())
                .add("updatedAt", schedule.updatedAt().toString())
                .add("updatedBy", schedule.updatedBy())
                .add("next", next);
    }
}
