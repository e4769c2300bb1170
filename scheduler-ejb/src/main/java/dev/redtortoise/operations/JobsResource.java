package dev.redtortoise.operations;

import dev.redtortoise.jobs.boundary.JobRun;
import dev.redtortoise.jobs.boundary.Jobs;
import dev.redtortoise.platform.errors.Refusal;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;
import java.util.TreeMap;

/**
 * {@code POST /jobs/{job}} starts a job with the body's parameters (a JSON object of strings) and answers
 * 202 with the execution id; {@code GET /jobs/{job}/executions} lists recent ones;
 * {@code GET /executions/{id}} reads one; {@code POST /executions/{id}/restart} and {@code /stop}.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {

    @Inject
    Jobs jobs;

    @POST
    @Path("jobs/{job}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(@PathParam("job") String job, String body) {
        long execution = jobs.start(job, parameters(body));
        return Response.accepted(Json.createObjectBuilder().add("execution", execution).build().toString()).build();
    }

    @GET
    @Path("jobs/{job}/executions")
    public String recent(@PathParam("job") String job) {
        var list = Json.createArrayBuilder();
        jobs.recent(job, 20).forEach(list::add);
        return Json.createObjectBuilder().add("executions", list).build().toString();
    }

    @GET
    @Path("executions/{id}")
    public String get(@PathParam("id") long id) {
        return OperationsJson.run(jobs.get(id));
    }

    @POST
    @Path("executions/{id}/restart")
    public Response restart(@PathParam("id") long id) {
        long execution = jobs.restart(id);
        return Response.accepted(Json.createObjectBuilder().add("execution", execution).build().toString()).build();
    }

    @POST
    @Path("executions/{id}/stop")
    public Response stop(@PathParam("id") long id) {
        jobs.stop(id);
        JobRun run = jobs.get(id);
        return Response.accepted(OperationsJson.run(run)).build();
    }

    static Map<String, String> parameters(String body) {
        Map<String, String> parameters = new TreeMap<>();
        if (body == null || body.isBlank()) {
            return parameters;
        }
        JsonObject object = OperationsJson.object(body);
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            if (!(entry.getValue() instanceof JsonString text)) {
                throw Refusal.invalid(entry.getKey() + " must be a string");
            }
            parameters.put(entry.getKey(), text.getString());
        }
        return parameters;
    }
}
