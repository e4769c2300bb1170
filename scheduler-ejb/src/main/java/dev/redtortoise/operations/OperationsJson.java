package dev.redtortoise.operations;

import dev.redtortoise.articles.control.ArticleTrash;
import dev.redtortoise.articles.entity.ModeratedArticle;
import dev.redtortoise.feeds.control.SourceSnapshots;
import dev.redtortoise.feeds.entity.FeedSource;
import dev.redtortoise.feeds.entity.MappingRule;
import dev.redtortoise.feeds.entity.RuleKind;
import dev.redtortoise.jobs.boundary.JobRun;
import dev.redtortoise.platform.errors.Refusal;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The operations endpoint's JSON, read field by field (a wrong type is a clear 422) and written as text. */
final class OperationsJson {

    private OperationsJson() {
    }

    static JsonValue value(String body) {
        try (var reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            return reader.readValue();
        } catch (JsonException e) {
            throw Refusal.invalid("body is not valid JSON");
        }
    }

    static JsonObject object(String body) {
        if (!(value(body) instanceof JsonObject object)) {
            throw Refusal.invalid("body must be a JSON object");
        }
        return object;
    }

    static String string(JsonObject object, String field, String otherwise) {
        JsonValue value = object.get(field);
        if (value == null || value == JsonValue.NULL) {
            return otherwise;
        }
        if (!(value instanceof JsonString text)) {
            throw Refusal.invalid(field + " must be a string");
        }
        return text.getString();
    }

    static int number(JsonObject object, String field, int otherwise) {
        JsonValue value = object.get(field);
        if (value == null || value == JsonValue.NULL) {
            return otherwise;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            throw Refusal.invalid(field + " must be a whole number");
        }
        return number.intValue();
    }

    static boolean flag(JsonObject object, String field, boolean otherwise) {
        JsonValue value = object.get(field);
        if (value == null || value == JsonValue.NULL) {
            return otherwise;
        }
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw Refusal.invalid(field + " must be true or false");
        }
        return value == JsonValue.TRUE;
    }

    static List<MappingRule> rules(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            throw Refusal.invalid("rules must be an array of {kind, match, value}");
        }
        List<MappingRule> rules = new ArrayList<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonObject rule)) {
                throw Refusal.invalid("rules must be an array of {kind, match, value}");
            }
            String kind = string(rule, "kind", "");
            RuleKind parsed = Arrays.stream(RuleKind.values()).filter(known -> known.name().equals(kind)).findFirst()
                    .orElseThrow(() -> Refusal.invalid("kind must be one of " + Arrays.toString(RuleKind.values())
                            + ", got '" + kind + "'"));
            rules.add(new MappingRule(parsed, string(rule, "match", ""), string(rule, "value", "")));
        }
        return rules;
    }

    static String source(FeedSource source) {
        return sourceObject(source).build().toString();
    }

    /** The source as the audit log keeps it (settings and rules), with its owner and run state. */
    static JsonObjectBuilder sourceObject(FeedSource source) {
        JsonObjectBuilder json = Json.createObjectBuilder(SourceSnapshots.of(source))
                .add("ownerAccountId", source.ownerAccountId());
        optional(json, "lastStartedAt", source.lastStartedAt());
        if (source.runningExecution() != null) {
            json.add("runningExecution", source.runningExecution());
        }
        return json;
    }

    static JsonObjectBuilder deleted(ArticleTrash.Deleted deleted) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", deleted.id())
                .add("slug", deleted.slug())
                .add("title", deleted.title())
                .add("authorId", deleted.authorId())
                .add("deletedAt", deleted.deletedAt().toString())
                .add("comments", deleted.comments())
                .add("favorites", deleted.favorites());
        // an author's own deletion names their account; a staff member's names them and gives the reason
        if (deleted.deletedBy() != null) {
            json.add("deletedBy", deleted.deletedBy());
        }
        if (deleted.byStaff()) {
            json.add("deletedByStaff", deleted.deletedByStaff()).add("reason", deleted.reason());
        }
        return json;
    }

    static JsonObjectBuilder article(ModeratedArticle article) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", article.id())
                .add("slug", article.slug())
                .add("title", article.title())
                .add("author", article.author())
                .add("authorId", article.authorId())
                .add("tagList", Json.createArrayBuilder(article.tags()))
                .add("createdAt", article.createdAt().toString())
                .add("updatedAt", article.updatedAt().toString())
                .add("favoritesCount", article.favorites());
        article.imported().ifPresent(provenance -> {
            JsonObjectBuilder imported = Json.createObjectBuilder()
                    .add("sourceId", provenance.sourceId())
                    .add("itemId", provenance.itemId());
            provenance.execution().ifPresent(execution -> imported.add("executionId", execution));
            optional(imported, "fetchedAt", provenance.fetchedAt());
            json.add("provenance", imported);
        });
        return json;
    }

    static String run(JobRun run) {
        JsonArrayBuilder steps = Json.createArrayBuilder();
        run.steps().forEach(step -> {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("name", step.name()).add("status", step.status())
                    .add("exitStatus", step.exitStatus() == null ? "" : step.exitStatus())
                    .add("read", step.read()).add("written", step.written()).add("skipped", step.skipped())
                    .add("commits", step.commits()).add("rollbacks", step.rollbacks());
            optional(json, "started", step.started());
            optional(json, "ended", step.ended());
            steps.add(json);
        });
        JsonArrayBuilder rejects = Json.createArrayBuilder();
        run.firstRejects().forEach(reject -> rejects.add(Json.createObjectBuilder()
                .add("input", reject.input()).add("position", reject.position())
                .add("reason", reject.reason()).add("excerpt", reject.excerpt())));
        JsonObjectBuilder parameters = Json.createObjectBuilder();
        run.parameters().forEach(parameters::add);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("execution", run.executionId())
                .add("instance", run.instanceId())
                .add("job", run.job())
                .add("status", run.status())
                .add("exitStatus", run.exitStatus() == null ? "" : run.exitStatus())
                .add("parameters", parameters)
                .add("steps", steps)
                .add("firstRejects", rejects);
        if (run.rejects() == null) {
            json.addNull("rejects");
        } else {
            json.add("rejects", run.rejects());
        }
        json.add("done", run.progress().done());
        if (run.progress().known()) {
            json.add("total", run.progress().total());
        }
        optional(json, "started", run.started());
        optional(json, "ended", run.ended());
        return json.build().toString();
    }

    private static void optional(JsonObjectBuilder json, String field, Instant at) {
        if (at != null) {
            json.add(field, at.toString());
        }
    }
}
