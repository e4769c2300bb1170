package dev.redtortoise.feeds.control;

import dev.redtortoise.feeds.entity.FeedSource;
import dev.redtortoise.feeds.entity.MappingRule;
import dev.redtortoise.feeds.entity.RuleKind;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;

/**
 * A feed source as the audit log keeps it (its settings and its mapping rules, as JSON), and the way back:
 * a revert applies a kept state to the source, through the same checks as any change.
 */
public final class SourceSnapshots {

    private SourceSnapshots() {
    }

    public static JsonObject of(FeedSource source) {
        JsonArrayBuilder rules = Json.createArrayBuilder();
        source.rules().forEach(rule -> rules.add(Json.createObjectBuilder()
                .add("kind", rule.kind().name()).add("match", rule.match()).add("value", rule.value())));
        return Json.createObjectBuilder()
                .add("id", source.id())
                .add("name", source.name())
                .add("location", source.location())
                .add("enabled", source.enabled())
                .add("intervalSeconds", source.interval().toSeconds())
                .add("maxRejectPercent", source.maxRejectPercent())
                .add("rules", rules)
                .build();
    }

    public static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** Gives the source the settings and rules of the snapshot; refuses (nothing changed) what is no longer valid. */
    public static void restore(FeedSource source, JsonObject snapshot) {
        List<MappingRule> rules = snapshot.getJsonArray("rules").getValuesAs(JsonObject.class).stream()
                .map(rule -> new MappingRule(RuleKind.valueOf(rule.getString("kind")), rule.getString("match"),
                        rule.getString("value")))
                .toList();
        source.change(snapshot.getString("name"), snapshot.getString("location"), snapshot.getBoolean("enabled"),
                Duration.ofSeconds(snapshot.getJsonNumber("intervalSeconds").longValue()),
                snapshot.getInt("maxRejectPercent"));
        source.rules(rules);
    }
}
