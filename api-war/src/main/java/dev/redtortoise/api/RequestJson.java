package dev.redtortoise.api;

import dev.redtortoise.platform.errors.Checks;
import dev.redtortoise.platform.errors.Refusal;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads request bodies with JSON-P, field by field: a value of the wrong type is named in the error
 * instead of failing the whole request, and only JSON strings become strings, so an object such as
 * {@code {"$gt": ""}} can never reach a query.
 */
final class RequestJson {

    private final JsonObject fields;
    private final Checks checks = new Checks();

    private RequestJson(JsonObject fields) {
        this.fields = fields;
    }

    /** The object under {@code wrapper} ("user", "article", "comment") of a body. */
    static RequestJson of(String body, String wrapper) {
        JsonValue root;
        try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            root = reader.readValue();
        } catch (jakarta.json.JsonException e) {
            throw Refusal.invalid("body is not valid JSON");
        }
        if (!(root instanceof JsonObject object) || !(object.get(wrapper) instanceof JsonObject fields)) {
            throw Refusal.invalid(wrapper + " can't be blank");
        }
        return new RequestJson(fields);
    }

    /** The string value of a field; null when absent or JSON null. */
    String string(String name) {
        JsonValue value = fields.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        checks.problem(name + " must be a string");
        return null;
    }

    /** A list of strings; null when absent. */
    List<String> strings(String name) {
        JsonValue value = fields.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonArray array && array.stream().allMatch(JsonString.class::isInstance)) {
            List<String> strings = new ArrayList<>(array.size());
            array.forEach(item -> strings.add(((JsonString) item).getString()));
            return strings;
        }
        checks.problem(name + " must be an array of strings");
        return null;
    }

    /** Refuses the request when a field had the wrong type. */
    RequestJson typesChecked() {
        checks.orRefuse();
        return this;
    }
}
