package dev.redtortoise.operations;

import dev.redtortoise.feeds.boundary.FeedPreviews;
import dev.redtortoise.feeds.entity.PreviewItem;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST /sources/dry-run} with {@code {"location": ..., "rules": [...], "limit": 10}}: the feed's first
 * items as an import would take them under those rules, saved or not; nothing is written.
 */
@Path("sources/dry-run")
@Produces(MediaType.APPLICATION_JSON)
public class FeedDryRunResource {

    static final int DEFAULT_LIMIT = 10;

    @Inject
    FeedPreviews previews;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public String dryRun(String body) {
        JsonObject json = OperationsJson.object(body);
        FeedPreviews.Preview preview = previews.dryRun(OperationsJson.string(json, "location", null),
                OperationsJson.rules(json.get("rules")), OperationsJson.number(json, "limit", DEFAULT_LIMIT));
        var items = Json.createArrayBuilder();
        preview.items().forEach(item -> items.add(json(item)));
        return Json.createObjectBuilder().add("itemsInFeed", preview.itemsInFeed()).add("items", items).build()
                .toString();
    }

    static JsonObjectBuilder json(PreviewItem item) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("position", item.position());
        if (item.isRejected()) {
            return json.add("rejected", true).add("reason", item.reason()).add("raw", item.raw());
        }
        return json.add("rejected", false).add("itemId", item.itemId()).add("title", item.title())
                .add("tags", Json.createArrayBuilder(item.tags())).add("body", item.body());
    }
}
